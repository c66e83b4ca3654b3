package org.centrala.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import org.centrala.common.ValidationException;

/** Instants as clients write them: ISO-8601, such as 2026-11-01T00:00:00Z. */
public final class Instants {
    // What SQL timestamps hold: ISO-8601 also reads years like +300000000, which no database does.
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    private Instants() {
    }

    /** @return null for a null or blank value */
    public static Instant parse(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Instant instant;
        try {
            instant = Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, "must be an ISO-8601 instant such as 2026-11-01T00:00:00Z");
        }
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            throw new ValidationException(field, "must be between the years 1 and 9999");
        }
        return instant;
    }
}
