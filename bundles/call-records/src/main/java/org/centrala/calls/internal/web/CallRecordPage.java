package org.centrala.calls.internal.web;

import java.util.List;

import org.centrala.pbx.CallRecord;

/** The shape of a page of call records in the OpenAPI document (the answer is a {@code Page<CallRecord>}). */
record CallRecordPage(List<CallRecord> items, int page, int size, long total) {
}
