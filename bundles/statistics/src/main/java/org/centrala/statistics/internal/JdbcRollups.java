package org.centrala.statistics.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.centrala.persistence.Database;
import org.centrala.persistence.DuplicateKeyException;

/**
 * The roll-up tables: adds a batch to its quarters and to the days of the tenant's time zone, and
 * reads them back folded by subject and period. A batch is added in one transaction with what
 * marks its fact counted, so a fact is in both tables or in neither.
 */
final class JdbcRollups {
    private static final String MEASURE_COLUMNS = Arrays.stream(Measure.values()).map(m -> m.column).collect(Collectors.joining(", "));
    private static final String AGGREGATES = Arrays.stream(Measure.values()).map(m -> m.aggregate() + " AS " + m.column)
            .collect(Collectors.joining(", "));
    private static final String INCREMENTS = Arrays.stream(Measure.values()).map(m -> m.isMaximum()
                    ? m.column + " = CASE WHEN " + m.column + " < ? THEN ? ELSE " + m.column + " END"
                    : m.column + " = " + m.column + " + ?")
            .collect(Collectors.joining(", "));
    private static final String PLACEHOLDERS = Arrays.stream(Measure.values()).map(m -> "?").collect(Collectors.joining(", "));

    /** One folded row of a report: a subject in a department over the period starting at {@code period}. */
    record Line(Dimension dimension, String subjectId, String departmentId, Instant periodStart, Tally tally) {
    }

    private final Database db;

    JdbcRollups(Database db) {
        this.db = db;
    }

    Database database() {
        return db;
    }

    /**
     * Adds the batch to its quarters and days (in its transaction, or one of its own).
     *
     * @return what it added to each day, for the live figures of today
     */
    Map<LocalDate, Map<Subject, Tally>> add(String tenantId, ZoneId zone, RollupBatch batch) {
        Map<LocalDate, Map<Subject, Tally>> days = batch.byDay(zone);
        return db.inTransaction(() -> {
            batch.tallies().forEach((key, tally) -> upsert("stat_quarter", "quarter_start", Timestamp.from(key.quarterStart()),
                    tenantId, key.subject(), tally));
            days.forEach((day, tallies) -> tallies.forEach((subject, tally) -> upsert("stat_day", "day", Date.valueOf(day), tenantId,
                    subject, tally)));
            return days;
        });
    }

    private void upsert(String table, String periodColumn, Object period, String tenantId, Subject subject, Tally tally) {
        List<Object> increments = new ArrayList<>();
        for (Measure measure : Measure.values()) {
            increments.add(tally.get(measure));
            if (measure.isMaximum()) {
                increments.add(tally.get(measure));
            }
        }
        increments.addAll(List.of(tenantId, subject.dimension().name(), subject.id(), period));
        String update = "UPDATE " + table + " SET " + INCREMENTS + " WHERE tenant_id = ? AND dimension = ? AND subject_id = ? AND "
                + periodColumn + " = ?";
        if (db.update(update, increments.toArray()) > 0) {
            return;
        }
        List<Object> row = new ArrayList<>(List.of(tenantId, subject.dimension().name(), subject.id()));
        row.add(subject.departmentId());
        row.add(period);
        for (Measure measure : Measure.values()) {
            row.add(tally.get(measure));
        }
        try {
            db.update("INSERT INTO " + table + " (tenant_id, dimension, subject_id, department_id, " + periodColumn + ", "
                    + MEASURE_COLUMNS + ") VALUES (?, ?, ?, ?, ?, " + PLACEHOLDERS + ")", row.toArray());
        } catch (DuplicateKeyException raced) {
            // Another node added the row meanwhile: add to it.
            db.update(update, increments.toArray());
        }
    }

    /** @return true when the call was not counted yet, and is now (in the caller's transaction) */
    boolean markCounted(String tenantId, String linkId, String pbxCallId, Instant endedAt) {
        if (db.count("SELECT COUNT(*) FROM stat_counted_call WHERE tenant_id = ? AND link_id = ? AND pbx_call_id = ?",
                tenantId, linkId, pbxCallId) > 0) {
            return false;
        }
        db.update("INSERT INTO stat_counted_call (tenant_id, link_id, pbx_call_id, ended_at) VALUES (?, ?, ?, ?)", tenantId, linkId,
                pbxCallId, Timestamp.from(endedAt));
        return true;
    }

    int forgetCountedBefore(Instant before) {
        return db.update("DELETE FROM stat_counted_call WHERE ended_at < ?", Timestamp.from(before));
    }

    /** Every subject's tally of one day. */
    Map<Subject, Tally> day(String tenantId, LocalDate day) {
        Map<Subject, Tally> tallies = new HashMap<>();
        db.query("SELECT dimension, subject_id, department_id, " + MEASURE_COLUMNS + " FROM stat_day WHERE tenant_id = ? AND day = ?",
                r -> tallies.merge(new Subject(Dimension.valueOf(r.getString("dimension")), r.getString("subject_id").trim(),
                        trimmed(r.getString("department_id"))), Tally.read(r), Tally::plus), tenantId, Date.valueOf(day));
        return tallies;
    }

    /** The quarters in [from, to), by subject and department, oldest first. */
    List<Line> quarters(String tenantId, Dimension dimension, Instant from, Instant to, Set<String> departmentIds, String subjectId) {
        List<Object> params = new ArrayList<>(List.of(tenantId, dimension.name(), Timestamp.from(from), Timestamp.from(to)));
        String where = scope(departmentIds, subjectId, params);
        return db.query("SELECT subject_id, department_id, quarter_start, " + MEASURE_COLUMNS + " FROM stat_quarter"
                        + " WHERE tenant_id = ? AND dimension = ? AND quarter_start >= ? AND quarter_start < ?" + where
                        + " ORDER BY quarter_start, subject_id",
                r -> new Line(dimension, r.getString("subject_id").trim(), trimmed(r.getString("department_id")),
                        r.getTimestamp("quarter_start").toInstant(), Tally.read(r)), params.toArray());
    }

    /** The days in [from, to) of the tenant's zone, each as the instant it began, oldest first. */
    List<Line> days(String tenantId, Dimension dimension, LocalDate from, LocalDate to, ZoneId zone, Set<String> departmentIds,
                    String subjectId) {
        List<Object> params = new ArrayList<>(List.of(tenantId, dimension.name(), Date.valueOf(from), Date.valueOf(to)));
        String where = scope(departmentIds, subjectId, params);
        return db.query("SELECT subject_id, department_id, day, " + MEASURE_COLUMNS + " FROM stat_day"
                        + " WHERE tenant_id = ? AND dimension = ? AND day >= ? AND day < ?" + where + " ORDER BY day, subject_id",
                r -> new Line(dimension, r.getString("subject_id").trim(), trimmed(r.getString("department_id")),
                        r.getDate("day").toLocalDate().atStartOfDay(zone).toInstant(), Tally.read(r)), params.toArray());
    }

    /** The days in [from, to) folded into one line per subject and department, starting at {@code from}. */
    List<Line> span(String tenantId, Dimension dimension, LocalDate from, LocalDate to, ZoneId zone, Set<String> departmentIds,
                    String subjectId) {
        List<Object> params = new ArrayList<>(List.of(tenantId, dimension.name(), Date.valueOf(from), Date.valueOf(to)));
        String where = scope(departmentIds, subjectId, params);
        Instant start = from.atStartOfDay(zone).toInstant();
        return db.query("SELECT subject_id, department_id, " + AGGREGATES + " FROM stat_day"
                        + " WHERE tenant_id = ? AND dimension = ? AND day >= ? AND day < ?" + where
                        + " GROUP BY subject_id, department_id ORDER BY subject_id",
                r -> new Line(dimension, r.getString("subject_id").trim(), trimmed(r.getString("department_id")), start, Tally.read(r)),
                params.toArray());
    }

    /** R18: a supervisor's departments only; null: every row. */
    private static String scope(Set<String> departmentIds, String subjectId, List<Object> params) {
        StringBuilder where = new StringBuilder();
        if (departmentIds != null) {
            if (departmentIds.isEmpty()) {
                return " AND 1 = 0";
            }
            where.append(" AND department_id IN (").append(departmentIds.stream().map(d -> "?").collect(Collectors.joining(", ")))
                    .append(")");
            params.addAll(departmentIds);
        }
        if (subjectId != null) {
            where.append(" AND subject_id = ?");
            params.add(subjectId);
        }
        return where.toString();
    }

    /**
     * Rebuilds the tenant's days from its quarters in another time zone (a changed setting), a
     * month of quarters at a time, in the caller's transaction.
     */
    void rebuildDays(String tenantId, ZoneId zone) {
        db.update("DELETE FROM stat_day WHERE tenant_id = ?", tenantId);
        Instant first = db.queryOne("SELECT MIN(quarter_start) FROM stat_quarter WHERE tenant_id = ?",
                r -> r.getTimestamp(1) == null ? null : r.getTimestamp(1).toInstant(), tenantId).orElse(null);
        if (first == null) {
            return;
        }
        Instant last = db.queryOne("SELECT MAX(quarter_start) FROM stat_quarter WHERE tenant_id = ?",
                r -> r.getTimestamp(1).toInstant(), tenantId).orElseThrow();
        // Windows of whole local days, so that no day is split between two of them.
        LocalDate day = first.atZone(zone).toLocalDate();
        while (!day.atStartOfDay(zone).toInstant().isAfter(last)) {
            LocalDate end = day.plusDays(31);
            RollupBatch batch = new RollupBatch();
            for (Dimension dimension : Dimension.values()) {
                for (Line line : quarters(tenantId, dimension, day.atStartOfDay(zone).toInstant(), end.atStartOfDay(zone).toInstant(), null,
                        null)) {
                    batch.add(List.of(new Subject(dimension, line.subjectId(), line.departmentId())), line.periodStart(), line.tally());
                }
            }
            batch.byDay(zone).forEach((d, tallies) -> tallies.forEach((subject, tally) -> upsert("stat_day", "day", Date.valueOf(d), tenantId, subject,
                    tally)));
            day = end;
        }
    }

    void eraseTenant(String tenantId) {
        for (String table : List.of("stat_quarter", "stat_day", "stat_counted_call", "stat_agent_cursor", "stat_settings")) {
            db.update("DELETE FROM " + table + " WHERE tenant_id = ?", tenantId);
        }
    }

    private static String trimmed(String value) {
        return value == null ? null : value.trim();
    }
}
