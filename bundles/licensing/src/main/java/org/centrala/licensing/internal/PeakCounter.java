package org.centrala.licensing.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The highest number of intervals that overlap at any moment of a period: the peak number of
 * licences held in a month (R17). An interval that ends at the moment another starts does not
 * overlap it: handing a licence from a leaver to a newcomer costs one licence, not two (R15).
 */
final class PeakCounter {
    private PeakCounter() {
    }

    record Interval(Instant from, Instant until) {
    }

    /** @param until null for an interval still open */
    static int peak(List<Interval> intervals, Instant periodStart, Instant periodEnd) {
        List<long[]> events = new ArrayList<>();
        for (Interval interval : intervals) {
            Instant from = interval.from().isBefore(periodStart) ? periodStart : interval.from();
            Instant until = interval.until() == null || interval.until().isAfter(periodEnd) ? periodEnd : interval.until();
            if (from.isBefore(until)) {
                events.add(new long[] {toMicros(from), +1});
                events.add(new long[] {toMicros(until), -1});
            }
        }
        // At equal instants, ends before starts.
        events.sort(Comparator.<long[]>comparingLong(e -> e[0]).thenComparingLong(e -> e[1]));
        int current = 0;
        int peak = 0;
        for (long[] event : events) {
            current += (int) event[1];
            peak = Math.max(peak, current);
        }
        return peak;
    }

    private static long toMicros(Instant instant) {
        return instant.getEpochSecond() * 1_000_000L + instant.getNano() / 1_000;
    }
}
