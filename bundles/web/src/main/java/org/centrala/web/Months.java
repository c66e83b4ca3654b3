package org.centrala.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.centrala.common.ValidationException;

/** Months as clients write them: YYYY-MM. */
public final class Months {
    private Months() {
    }

    /** @return null for a null or blank value */
    public static YearMonth parse(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, "must be a month as YYYY-MM, such as 2026-12, not '" + value + "'");
        }
    }

    public static YearMonth required(String field, String value) {
        YearMonth month = parse(field, value);
        if (month == null) {
            throw new ValidationException(field, "is required, as YYYY-MM");
        }
        return month;
    }
}
