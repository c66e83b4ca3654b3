package org.centrala.rest.internal;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import org.centrala.common.ValidationException;

/** Instants as clients write them: ISO-8601, such as 2026-11-01T00:00:00Z. */
public final class Instants {
    private Instants() {
    }

    /** @return null for a null or blank value */
    public static Instant parse(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, "must be an ISO-8601 instant such as 2026-11-01T00:00:00Z");
        }
    }
}
