package org.centrala.licensing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;

import org.centrala.licensing.internal.PeakCounter.Interval;
import org.junit.Test;

public class PeakCounterTest {
    private static final YearMonth MONTH = YearMonth.of(2030, 3);
    private static final Instant START = MONTH.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    private static final Instant END = MONTH.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);

    /** Noon UTC of a day of March 2030 (negative and beyond 31 reach into the neighbouring months). */
    private static Instant day(int day) {
        return START.plusSeconds((day - 1) * 86_400L + 12 * 3_600L);
    }

    private static Interval held(Instant from, Instant until) {
        return new Interval(from, until);
    }

    private static int peak(Interval... intervals) {
        return PeakCounter.peak(List.of(intervals), START, END);
    }

    @Test
    public void r17_noHoldingsNoPeak() {
        assertThat(peak()).isZero();
    }

    @Test
    public void r17_overlappingHoldingsCountTogether() {
        assertThat(peak(held(day(1), day(5)), held(day(2), day(6)), held(day(3), day(4)))).isEqualTo(3);
        // The peak is at the moment most overlap, not the number of holdings of the month.
        assertThat(peak(held(day(1), day(3)), held(day(2), day(4)), held(day(5), day(7)), held(day(6), day(8)))).isEqualTo(2);
    }

    @Test
    public void r17_holdingsOneAfterAnotherCountOnce() {
        assertThat(peak(held(day(1), day(3)), held(day(4), day(6)), held(day(10), day(20)))).isEqualTo(1);
    }

    @Test
    public void r15_backToBackHandOverCountsOnce() {
        // A leaver's licence handed to a newcomer at the same moment costs one licence, not two.
        assertThat(peak(held(day(1), day(10)), held(day(10), day(20)), held(day(20), null))).isEqualTo(1);
        // ... in whatever order the holdings come.
        assertThat(peak(held(day(10), day(20)), held(day(20), null), held(day(1), day(10)))).isEqualTo(1);
        // A nanosecond of overlap is an overlap.
        assertThat(peak(held(day(1), day(10).plusNanos(1_000)), held(day(10), day(20)))).isEqualTo(2);
    }

    @Test
    public void r17_openHoldingsRunToTheEndOfTheMonth() {
        assertThat(peak(held(day(1), null), held(day(20), null))).isEqualTo(2);
        assertThat(peak(held(day(1), null), held(day(2), day(3)), held(day(31), null))).isEqualTo(2);
        assertThat(peak(held(day(-40), null))).isEqualTo(1);
    }

    @Test
    public void r17_holdingsOutsideTheMonthDoNotCount() {
        assertThat(peak(
                held(day(-40), day(-10)),           // ended in an earlier month
                held(day(-10), START),              // ended the moment the month began
                held(END, null),                    // began the moment the month ended
                held(day(40), day(50)),             // a later month
                held(day(5), day(5)))).isZero();    // never held for a moment
    }

    @Test
    public void r17_holdingsAcrossTheMonthBoundariesCountWithinIt() {
        assertThat(peak(held(day(-5), day(2)), held(day(30), day(40)))).isEqualTo(1);
        assertThat(peak(held(day(-5), day(40)), held(day(-1), null), held(day(15), day(16)))).isEqualTo(3);
    }
}
