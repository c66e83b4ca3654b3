package org.centrala.statistics.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * Quarters of an hour, counted from the epoch. Every time zone's offset is a whole number of
 * quarters (even +05:45 and +12:45), so a quarter here is a quarter on every tenant's clock, and its
 * hours, days and months are whole quarters.
 */
final class Quarters {
    static final long MILLIS = Duration.ofMinutes(15).toMillis();

    private Quarters() {
    }

    /** The start of the quarter holding the instant. */
    static Instant startOf(Instant at) {
        return Instant.ofEpochMilli(Math.floorDiv(at.toEpochMilli(), MILLIS) * MILLIS);
    }

    static Instant next(Instant quarterStart) {
        return quarterStart.plusMillis(MILLIS);
    }
}
