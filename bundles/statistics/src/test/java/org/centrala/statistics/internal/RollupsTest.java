package org.centrala.statistics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.centrala.common.Page;
import org.centrala.directory.UserType;
import org.centrala.pbx.CallDirection;
import org.centrala.pbx.CallDisposition;
import org.centrala.pbx.CallRecord;
import org.centrala.pbx.EndedCall;
import org.centrala.pbx.QueueVisit;
import org.centrala.persistence.Database;
import org.centrala.persistence.internal.JdbcDatabase;
import org.centrala.persistence.internal.ThreadActorContext;
import org.centrala.audit.internal.JdbcAuditLog;
import org.centrala.queues.AgentService;
import org.centrala.queues.AgentState;
import org.centrala.queues.Queue;
import org.centrala.queues.QueueService;
import org.centrala.queues.QueueStrategy;
import org.centrala.tenancy.DepartmentService;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * Issue 12, R8 on real Derby: what ended calls and agents' states add to the roll-ups, counted
 * once, cut at quarters and at the tenant's midnight, and the same numbers live (today) and in the
 * reports by quarter, hour, day and month.
 */
public class RollupsTest {
    private static final String TENANT = "tenant-1";
    private static final String SALES = "dept-sales";
    private static final String SUPPORT = "dept-support";
    /** 09:00 in Belgrade (UTC+1 in December). */
    private static final Instant NINE = Instant.parse("2026-12-07T08:00:00Z");

    private Database db;
    private StatisticsSchema schema;
    private RollupWriter writer;
    private JdbcRollups rollups;
    private Reports reports;
    private TimeZones zones;
    private StatisticsSettingsService settings;
    private final Map<String, QueueFacts> queues = Map.of(
            "acme-sales", new QueueFacts("q-sales", SALES, "Sales", 20, "acme-sales"),
            "acme-support", new QueueFacts("q-support", SUPPORT, "Support", 30, "acme-support"));

    @Before
    public void start() {
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName("memory:statistics-" + UUID.randomUUID());
        dataSource.setCreateDatabase("create");
        db = new JdbcDatabase(dataSource);
        db.update("CREATE TABLE tenant (id CHAR(36) NOT NULL PRIMARY KEY)");
        db.update("INSERT INTO tenant (id) VALUES (?)", TENANT);
        schema = new StatisticsSchema(db, Clock.fixed(NINE.plusSeconds(3 * 3600), ZoneOffset.UTC));
        rollups = schema.rollups();
        zones = new TimeZones(db, "Europe/Belgrade");
        writer = new RollupWriter(schema, zones);
        reports = new Reports(schema, zones, noNames(DepartmentService.class), noNames(QueueService.class), noNames(AgentService.class));
        settings = new StatisticsSettingsService(schema, zones, writer);
        settings.bindAudit(new JdbcAuditLog(db, new ThreadActorContext()));
    }

    @After
    public void stop() {
        writer.deactivate();
    }

    @Test
    public void queueVisitsCountAsOfferedWhenTheCallerJoinedWithWaitTalkAndServiceLevel() {
        // Answered after 12 s (within Sales' 20 s) and talked 100 s; answered after 25 s (not within); abandoned after 40 s;
        // let go by the queue after 60 s.
        count(call("c1", "ana", UserType.CONTACT_CENTRE, NINE.plusSeconds(60), visit("acme-sales", NINE.plusSeconds(60), 12, QueueVisit.Outcome.ANSWERED), 100));
        count(call("c2", "ana", UserType.CONTACT_CENTRE, NINE.plusSeconds(600), visit("acme-sales", NINE.plusSeconds(600), 25, QueueVisit.Outcome.ANSWERED), 50));
        count(call("c3", null, null, NINE.plusSeconds(700), visit("acme-sales", NINE.plusSeconds(700), 40, QueueVisit.Outcome.ABANDONED), 0));
        count(call("c4", null, null, NINE.plusSeconds(1000), visit("acme-support", NINE.plusSeconds(1000), 60, QueueVisit.Outcome.LEFT), 0));

        Tally sales = writer.today(TENANT).get(Subject.queue("q-sales", SALES));
        assertThat(sales.get(Measure.OFFERED)).isEqualTo(3);
        assertThat(sales.get(Measure.ANSWERED)).isEqualTo(2);
        assertThat(sales.get(Measure.ANSWERED_IN_SL)).isEqualTo(1);
        assertThat(sales.get(Measure.ABANDONED)).isEqualTo(1);
        assertThat(sales.get(Measure.WAIT_ANSWERED_MS)).isEqualTo(37_000);
        assertThat(sales.get(Measure.WAIT_ABANDONED_MS)).isEqualTo(40_000);
        assertThat(sales.get(Measure.LONGEST_WAIT_MS)).isEqualTo(40_000);
        assertThat(sales.get(Measure.TALK_MS)).isEqualTo(150_000);
        Figures figures = Figures.of(sales);
        assertThat(figures.serviceLevelPercent()).isEqualTo(33.33);
        assertThat(figures.averageSpeedOfAnswerSeconds()).isEqualTo(18.5);
        assertThat(figures.averageHandleTimeSeconds()).isEqualTo(75.0);
        assertThat(figures.abandonRatePercent()).isEqualTo(33.33);

        Map<Subject, Tally> today = writer.today(TENANT);
        assertThat(today.get(Subject.tenant(TENANT)).get(Measure.OFFERED)).isEqualTo(4);
        assertThat(today.get(Subject.tenant(TENANT)).get(Measure.TIMED_OUT)).isEqualTo(1);
        assertThat(today.get(Subject.department(SUPPORT)).get(Measure.TIMED_OUT)).isEqualTo(1);
        assertThat(today.get(Subject.agent("ana", SALES)).get(Measure.ANSWERED)).as("an agent is not offered calls, it answers them").isEqualTo(2);
        assertThat(today.get(Subject.agent("ana", SALES)).get(Measure.OFFERED)).isZero();

        // Sales' three callers joined at 09:01, 09:10 and 09:11:40: all in the quarter from 09:00.
        List<ReportRow> quarters = reports.report(TENANT, Dimension.QUEUE, Interval.QUARTER, LocalDate.of(2026, 12, 7),
                LocalDate.of(2026, 12, 8), null, "q-sales").rows();
        assertThat(quarters).extracting(r -> r.periodStart().toString(), ReportRow::offered)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2026-12-07T09:00+01:00", 3L));
    }

    @Test
    public void aCallHandedOverTwiceIsCountedOnceAndBackOfficeUsersNeverAppear() {
        EndedCall call = call("c1", "ana", UserType.CONTACT_CENTRE, NINE, visit("acme-sales", NINE, 5, QueueVisit.Outcome.ANSWERED), 30);
        count(call);
        count(call);
        count(call("c2", "bob", UserType.BACK_OFFICE, NINE, visit("acme-sales", NINE, 5, QueueVisit.Outcome.ANSWERED), 30));

        Map<Subject, Tally> today = writer.today(TENANT);
        assertThat(today.get(Subject.queue("q-sales", SALES)).get(Measure.OFFERED)).isEqualTo(2);
        assertThat(today.get(Subject.agent("ana", SALES)).get(Measure.ANSWERED)).isEqualTo(1);
        assertThat(today.keySet()).as("R6: a back-office user is in no statistics").noneMatch(s -> s.id().equals("bob"));
    }

    @Test
    public void callsHandedOverTogetherCountAsOneByOneAndOneCountedAlreadyIsLeftOut() {
        QueueService listed = (QueueService) Proxy.newProxyInstance(QueueService.class.getClassLoader(), new Class<?>[]{QueueService.class},
                (proxy, method, args) -> new Page<>(List.of(
                        new Queue("q-sales", TENANT, SALES, "Sales", "acme-sales", QueueStrategy.RINGALL, 20, 0, List.of(), NINE, NINE),
                        new Queue("q-support", TENANT, SUPPORT, "Support", "acme-support", QueueStrategy.RINGALL, 30, 0, List.of(), NINE, NINE)),
                        0, 2, 2));
        CallStatistics statistics = new CallStatistics(schema, writer, new QueueDirectory(listed));
        EndedCall first = call("c1", "ana", UserType.CONTACT_CENTRE, NINE, visit("acme-sales", NINE, 5, QueueVisit.Outcome.ANSWERED), 30);
        statistics.accept(first);

        // The link hands over what waited in one batch, the first call again among them (its consumer failed after counting it).
        statistics.acceptAll(List.of(first,
                call("c2", "ana", UserType.CONTACT_CENTRE, NINE.plusSeconds(60), visit("acme-sales", NINE.plusSeconds(60), 25, QueueVisit.Outcome.ANSWERED), 40),
                call("c3", null, null, NINE.plusSeconds(90), visit("acme-support", NINE.plusSeconds(90), 50, QueueVisit.Outcome.ABANDONED), 0)));

        Map<Subject, Tally> today = writer.today(TENANT);
        assertThat(today.get(Subject.tenant(TENANT)).get(Measure.OFFERED)).isEqualTo(3);
        assertThat(today.get(Subject.queue("q-sales", SALES)).get(Measure.ANSWERED)).isEqualTo(2);
        assertThat(today.get(Subject.queue("q-sales", SALES)).get(Measure.ANSWERED_IN_SL)).as("5 s within 20 s, 25 s not").isEqualTo(1);
        assertThat(today.get(Subject.queue("q-sales", SALES)).get(Measure.TALK_MS)).isEqualTo(70_000);
        assertThat(today.get(Subject.queue("q-support", SUPPORT)).get(Measure.ABANDONED)).isEqualTo(1);
        assertThat(today.get(Subject.agent("ana", SALES)).get(Measure.ANSWERED)).isEqualTo(2);
        assertThat(reports.report(TENANT, Dimension.QUEUE, Interval.DAY, LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 8), null, "q-sales")
                .rows()).extracting(ReportRow::offered, ReportRow::answered).containsExactly(org.assertj.core.groups.Tuple.tuple(2L, 2L));
    }

    @Test
    public void agentTimeIsCutAtEachQuarterAndIsLogInTimeExceptLoggedOut() {
        RollupBatch batch = new RollupBatch();
        AgentFacts.add(batch, TENANT, "ana", SALES, AgentState.PAUSED, NINE.plusSeconds(600), NINE.plusSeconds(2400));
        AgentFacts.add(batch, TENANT, "ana", SALES, AgentState.LOGGED_OUT, NINE.plusSeconds(2400), NINE.plusSeconds(9000));
        writer.add(TENANT, batch, () -> true, NINE);

        List<ReportRow> rows = reports.report(TENANT, Dimension.AGENT, Interval.QUARTER, LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 8),
                null, null).rows();
        assertThat(rows).extracting(r -> r.periodStart().toLocalTime().toString(), ReportRow::pausedSeconds, ReportRow::loggedInSeconds)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("09:00", 300.0, 300.0),
                        org.assertj.core.groups.Tuple.tuple("09:15", 900.0, 900.0),
                        org.assertj.core.groups.Tuple.tuple("09:30", 600.0, 600.0));
        List<ReportRow> hours = reports.report(TENANT, Dimension.AGENT, Interval.HOUR, LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 8),
                null, null).rows();
        assertThat(hours).extracting(r -> r.periodStart().toString(), ReportRow::pausedSeconds)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2026-12-07T09:00+01:00", 1800.0));
        assertThat(writer.today(TENANT).get(Subject.agent("ana", SALES)).get(Measure.PAUSED_MS)).isEqualTo(1_800_000);
    }

    @Test
    public void daysAndMonthsAreTheTenantsAndAChangedTimeZoneReCutsTheDays() {
        // 23:50 on the 6th in Belgrade is 22:50 UTC: the 6th's, not the 7th's.
        Instant lateEvening = Instant.parse("2026-12-06T22:50:00Z");
        count(call("c1", "ana", UserType.CONTACT_CENTRE, lateEvening, visit("acme-sales", lateEvening, 5, QueueVisit.Outcome.ANSWERED), 30));
        count(call("c2", "ana", UserType.CONTACT_CENTRE, NINE, visit("acme-sales", NINE, 5, QueueVisit.Outcome.ANSWERED), 30));

        assertThat(days()).containsExactly("2026-12-06T00:00+01:00=1", "2026-12-07T00:00+01:00=1");
        List<ReportRow> month = reports.report(TENANT, Dimension.TENANT, Interval.MONTH, LocalDate.of(2026, 11, 1), LocalDate.of(2027, 1, 1),
                null, null).rows();
        assertThat(month).extracting(r -> r.periodStart().toString(), ReportRow::offered)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2026-12-01T00:00+01:00", 2L));

        settings.set(TENANT, new StatisticsSettingsDraft("America/New_York"), null);
        // 22:50 UTC is 17:50 in New York, 08:00 UTC is 03:00: both on the 6th and the 7th there too, at their midnight.
        assertThat(days()).containsExactly("2026-12-06T00:00-05:00=1", "2026-12-07T00:00-05:00=1");
        settings.set(TENANT, new StatisticsSettingsDraft("Asia/Tokyo"), null);
        // 22:50 UTC is 07:50 on the 7th in Tokyo, 08:00 UTC 17:00 on the 7th.
        assertThat(days()).containsExactly("2026-12-07T00:00+09:00=2");
        assertThat(writer.today(TENANT).get(Subject.tenant(TENANT)).get(Measure.OFFERED)).as("live follows the new zone").isEqualTo(2);
    }

    @Test
    public void aSupervisorsReportHasItsDepartmentsRowsOnly() {
        count(call("c1", null, null, NINE, visit("acme-sales", NINE, 5, QueueVisit.Outcome.ABANDONED), 0));
        count(call("c2", null, null, NINE, visit("acme-support", NINE, 5, QueueVisit.Outcome.ABANDONED), 0));

        assertThat(reports.report(TENANT, Dimension.QUEUE, Interval.DAY, LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 8), Set.of(SUPPORT),
                null).rows()).extracting(ReportRow::subjectId).containsExactly("q-support");
        assertThat(reports.report(TENANT, Dimension.QUEUE, Interval.DAY, LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 8), Set.of(),
                null).rows()).isEmpty();
    }

    private List<String> days() {
        List<String> days = new ArrayList<>();
        reports.report(TENANT, Dimension.TENANT, Interval.DAY, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), null, null).rows()
                .forEach(r -> days.add(r.periodStart() + "=" + r.offered()));
        return days;
    }

    private void count(EndedCall call) {
        writer.add(TENANT, CallFacts.of(call, name -> queues.getOrDefault(name, QueueFacts.unknown(name))),
                () -> rollups.markCounted(TENANT, call.linkId(), call.record().pbxCallId(), call.record().endedAt()), call.record().endedAt());
    }

    private static QueueVisit visit(String queue, Instant joined, int waitSeconds, QueueVisit.Outcome outcome) {
        Instant left = joined.plusSeconds(waitSeconds);
        return new QueueVisit(queue, joined, left, outcome == QueueVisit.Outcome.ANSWERED ? left : null, outcome);
    }

    private static EndedCall call(String id, String userId, UserType type, Instant started, QueueVisit visit, int talkSeconds) {
        Instant answered = visit.answeredAt();
        Instant ended = (answered != null ? answered : visit.leftAt()).plusSeconds(talkSeconds);
        CallRecord record = new CallRecord(UUID.randomUUID().toString(), TENANT, id, CallDirection.INBOUND, "+381111000001", "500",
                userId, null, userId == null ? null : SALES, visit.queue(), started, answered, ended, 0, talkSeconds,
                answered != null ? CallDisposition.ANSWERED : CallDisposition.ABANDONED, false, null, false);
        return new EndedCall("127.0.0.1:5038", "127.0.0.1", 5038, record, type, List.of(), List.of(visit));
    }

    /** The reports' name lookups find nobody: names are the integration test's business. */
    @SuppressWarnings("unchecked")
    private static <T> T noNames(Class<T> type) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type},
                (proxy, method, args) -> method.getReturnType() == Page.class ? new Page<>(List.of(), 0, 1, 0) : null);
    }
}
