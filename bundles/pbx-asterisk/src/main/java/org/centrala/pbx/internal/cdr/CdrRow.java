package org.centrala.pbx.internal.cdr;

import java.time.Instant;

/** One row of Asterisk's Master.csv (cdr_csv), the columns Centrala reads. */
record CdrRow(String src, String dst, String dcontext, String channel, String dstChannel, String lastApp, String lastData,
              Instant start, Instant answer, Instant end, String disposition, String uniqueId, String linkedId, long sequence) {
}
