package org.centrala.shell.internal;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.centrala.common.ValidationException;

/** Months as operators type them: YYYY-MM. */
final class ShellMonths {
    private ShellMonths() {
    }

    static YearMonth parse(String value) {
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException("month", "must be YYYY-MM, such as 2026-12, not '" + value + "'");
        }
    }
}
