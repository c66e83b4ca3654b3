package org.centrala.statistics.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.centrala.common.ValidationException;
import org.centrala.queues.AgentService;
import org.centrala.queues.QueueService;
import org.centrala.tenancy.DepartmentService;
import org.centrala.web.Paging;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Reports from the roll-ups, never from the call records (issue 12): quarters and days as kept,
 * hours folded from quarters, months from days, all on the tenant's clock.
 */
@Component(service = Reports.class)
public class Reports {
    private final JdbcRollups rollups;
    private final TimeZones zones;
    private final StatisticsSchema schema;
    private final DepartmentService departments;
    private final QueueService queues;
    private final AgentService agents;

    @Activate
    public Reports(@Reference StatisticsSchema schema, @Reference TimeZones zones, @Reference DepartmentService departments,
                   @Reference QueueService queues, @Reference AgentService agents) {
        this.schema = schema;
        this.rollups = schema.rollups();
        this.zones = zones;
        this.departments = departments;
        this.queues = queues;
        this.agents = agents;
    }

    /** The request's rules, checked before anything is read (a download answers 400 before its 200). */
    void check(String tenantId, Interval interval, LocalDate from, LocalDate to) {
        schema.requireTenant(tenantId);
        if (!from.isBefore(to)) {
            throw new ValidationException("to", "must be after from");
        }
        if (ChronoUnit.DAYS.between(from, to) > interval.maxDays) {
            throw new ValidationException("to", "a report by " + interval.name().toLowerCase(java.util.Locale.ROOT) + " spans at most "
                    + interval.maxDays + " days");
        }
    }

    /** @param departmentIds a supervisor's departments (R18); null: the whole tenant */
    Report report(String tenantId, Dimension by, Interval interval, LocalDate from, LocalDate to, Set<String> departmentIds,
                  String subjectId) {
        check(tenantId, interval, from, to);
        ZoneId zone = zones.of(tenantId);
        List<JdbcRollups.Line> lines = switch (interval) {
            case QUARTER -> rollups.quarters(tenantId, by, from.atStartOfDay(zone).toInstant(), to.atStartOfDay(zone).toInstant(),
                    departmentIds, subjectId);
            case HOUR -> hours(rollups.quarters(tenantId, by, from.atStartOfDay(zone).toInstant(), to.atStartOfDay(zone).toInstant(),
                    departmentIds, subjectId), zone);
            case DAY -> rollups.days(tenantId, by, from, to, zone, departmentIds, subjectId);
            case MONTH -> months(tenantId, by, from, to, zone, departmentIds, subjectId);
        };
        Map<String, String> names = names(tenantId, by);
        List<ReportRow> rows = new ArrayList<>(lines.size());
        for (JdbcRollups.Line line : lines) {
            rows.add(ReportRow.of(line.periodStart().atZone(zone).toOffsetDateTime(), by, line.subjectId(), names.get(line.subjectId()),
                    line.departmentId(), Figures.of(line.tally())));
        }
        return new Report(zone.getId(), by, interval, from, to, rows);
    }

    private static List<JdbcRollups.Line> hours(List<JdbcRollups.Line> quarters, ZoneId zone) {
        record Key(String subjectId, String departmentId, Instant hour) {
        }
        Map<Key, JdbcRollups.Line> hours = new LinkedHashMap<>();
        for (JdbcRollups.Line q : quarters) {
            Instant hour = q.periodStart().atZone(zone).truncatedTo(ChronoUnit.HOURS).toInstant();
            hours.merge(new Key(q.subjectId(), q.departmentId(), hour),
                    new JdbcRollups.Line(q.dimension(), q.subjectId(), q.departmentId(), hour, q.tally()),
                    (a, b) -> new JdbcRollups.Line(a.dimension(), a.subjectId(), a.departmentId(), hour, a.tally().plus(b.tally())));
        }
        return new ArrayList<>(hours.values());
    }

    private List<JdbcRollups.Line> months(String tenantId, Dimension by, LocalDate from, LocalDate to, ZoneId zone,
                                          Set<String> departmentIds, String subjectId) {
        List<JdbcRollups.Line> lines = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from); month.atDay(1).isBefore(to); month = month.plusMonths(1)) {
            LocalDate start = month.atDay(1).isBefore(from) ? from : month.atDay(1);
            LocalDate end = month.plusMonths(1).atDay(1).isAfter(to) ? to : month.plusMonths(1).atDay(1);
            lines.addAll(rollups.span(tenantId, by, start, end, zone, departmentIds, subjectId));
        }
        return lines;
    }

    /** The subjects' names as they are now (a user who left keeps its id, without a name). */
    private Map<String, String> names(String tenantId, Dimension by) {
        Map<String, String> names = new HashMap<>();
        switch (by) {
            case TENANT -> { }
            case DEPARTMENT -> Paging.all(r -> departments.list(tenantId, r), null, d -> names.put(d.id(), d.name()));
            case QUEUE -> Paging.all(r -> queues.list(tenantId, null, r), null, q -> {
                names.put(q.id(), q.name());
                names.putIfAbsent(q.pbxName(), q.name());
            });
            case AGENT -> Paging.all(r -> agents.list(tenantId, null, r), null, a -> names.put(a.userId(), a.displayName()));
        }
        return names;
    }
}
