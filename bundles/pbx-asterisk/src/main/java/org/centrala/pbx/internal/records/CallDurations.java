package org.centrala.pbx.internal.records;

import java.time.Duration;
import java.time.Instant;

/** Whole seconds between two instants of a call, never negative; one rule for every path. */
final class CallDurations {
    private CallDurations() {
    }

    static long seconds(Instant from, Instant to) {
        return from == null || to == null ? 0 : Math.max(0, Duration.between(from, to).toSeconds());
    }
}
