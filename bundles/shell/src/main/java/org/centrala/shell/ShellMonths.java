package org.centrala.shell;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.centrala.common.ValidationException;

/** Months as operators type them: YYYY-MM. */
public final class ShellMonths {
    private ShellMonths() {
    }

    public static YearMonth parse(String value) {
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException("month", "must be YYYY-MM, such as 2026-12, not '" + value + "'");
        }
    }
}
