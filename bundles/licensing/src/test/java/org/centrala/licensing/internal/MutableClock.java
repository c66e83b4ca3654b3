package org.centrala.licensing.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that tests set and move, so that "this month" and the moments of holdings are theirs to choose. */
final class MutableClock extends Clock {
    private volatile Instant now;

    MutableClock(Instant now) {
        this.now = now;
    }

    void set(Instant instant) {
        now = instant;
    }

    /** Noon UTC of the given day of the month. */
    void set(YearMonth month, int day) {
        now = month.atDay(day).atTime(12, 0).toInstant(ZoneOffset.UTC);
    }

    void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the tests run in UTC");
    }

    @Override
    public Instant instant() {
        return now;
    }
}
