package org.centrala.statistics.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;

import org.centrala.common.AccessDeniedException;
import org.centrala.common.Caller;
import org.centrala.common.ValidationException;
import org.centrala.web.Access;
import org.centrala.web.QueryValues;

/**
 * A report as a client asked for it over REST or SOAP, checked, with the caller's scope (R18:
 * a supervisor's departments; null: the whole tenant).
 */
public record ReportRequest(String tenantId, Dimension by, Interval interval, LocalDate from, LocalDate to,
                            Set<String> departmentIds, String subjectId) {

    /**
     * @param by       tenant, department, queue or agent (any case)
     * @param interval quarter, hour, day (when absent) or month
     * @param from     the first day, YYYY-MM-DD on the tenant's clock
     * @param to       the day after the last; absent: the day after {@code from}
     */
    public static ReportRequest of(Caller caller, String tenantId, String by, String interval, String from, String to, String subjectId) {
        Dimension dimension = QueryValues.constant(Dimension.class, "by", by);
        if (dimension == null) {
            throw new ValidationException("by", "is required: tenant, department, queue or agent");
        }
        Interval period = interval == null || interval.isBlank() ? Interval.DAY : QueryValues.constant(Interval.class, "interval", interval);
        LocalDate first = day("from", from);
        if (first == null) {
            throw new ValidationException("from", "is required: a day, YYYY-MM-DD");
        }
        LocalDate last = to == null || to.isBlank() ? first.plusDays(1) : day("to", to);
        Set<String> departments = Access.seesWholeTenant(caller) ? null : caller.departmentIds();
        if (departments != null && dimension == Dimension.TENANT) {
            throw new AccessDeniedException("a supervisor reads its departments' figures (by department, queue or agent), not the"
                    + " tenant's (R18)");
        }
        return new ReportRequest(tenantId, dimension, period, first, last, departments,
                subjectId == null || subjectId.isBlank() ? null : subjectId.strip());
    }

    /** The download's file name, without its extension. */
    public String fileName() {
        return "statistics-" + by.name().toLowerCase(Locale.ROOT) + "-" + from;
    }

    private static LocalDate day(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, "must be a day, YYYY-MM-DD, not '" + value.strip() + "'");
        }
    }
}
