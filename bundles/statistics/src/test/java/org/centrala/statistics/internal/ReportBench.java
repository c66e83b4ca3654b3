package org.centrala.statistics.internal;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.centrala.common.Page;
import org.centrala.directory.UserType;
import org.centrala.pbx.CallDirection;
import org.centrala.pbx.CallDisposition;
import org.centrala.pbx.CallRecord;
import org.centrala.pbx.EndedCall;
import org.centrala.pbx.QueueVisit;
import org.centrala.persistence.internal.JdbcDatabase;
import org.centrala.queues.AgentService;
import org.centrala.queues.AgentState;
import org.centrala.queues.QueueService;
import org.centrala.tenancy.DepartmentService;

/**
 * Issue 12, P3: a tenant-month report per agent and per queue over the roll-ups of 15 million
 * calls, on Derby on disk. The generator plays a month of calls through {@link CallFacts} (and a
 * day's shifts of agent states through {@link AgentFacts}), exactly what the bundle adds per ended
 * call, folds them per day in memory and writes the rows in JDBC batches (the same rows the bundle
 * would have upserted one call at a time, in far less time). Then it times the reports as the REST
 * resource runs them, names left out.
 *
 * <p>Arguments: calls, agents, queues, departments, timed runs per report.
 */
public final class ReportBench {
    private static final String TENANT = "bench-tenant";
    private static final ZoneId ZONE = ZoneId.of("Europe/Belgrade");

    public static void main(String[] args) throws Exception {
        long calls = args.length > 0 ? Long.parseLong(args[0]) : 15_000_000L;
        int agents = args.length > 1 ? Integer.parseInt(args[1]) : 600;
        int queues = args.length > 2 ? Integer.parseInt(args[2]) : 40;
        int departments = args.length > 3 ? Integer.parseInt(args[3]) : 8;
        int runs = args.length > 4 ? Integer.parseInt(args[4]) : 50;
        Path folder = Path.of("target/bench-statistics");
        Files.createDirectories(folder);
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName(folder.resolve("db-" + UUID.randomUUID()).toString());
        dataSource.setCreateDatabase("create");
        JdbcDatabase db = new JdbcDatabase(dataSource);
        db.update("CREATE TABLE tenant (id CHAR(36) NOT NULL PRIMARY KEY)");
        db.update("INSERT INTO tenant (id) VALUES (?)", TENANT);
        StatisticsSchema schema = new StatisticsSchema(db, Clock.systemUTC());

        LocalDate first = LocalDate.of(2026, 11, 1);
        int days = 30;
        long started = System.nanoTime();
        long[] rows = generate(dataSource, calls, agents, queues, departments, first, days);
        double generation = (System.nanoTime() - started) / 1e9;
        System.out.printf("Generated %,d calls over %d days for %d agents, %d queues, %d departments: %,d quarter rows, %,d day rows in %.0f s%n",
                calls, days, agents, queues, departments, rows[0], rows[1], generation);

        Reports reports = new Reports(schema, new TimeZones(db, ZONE.getId()), noNames(DepartmentService.class), noNames(QueueService.class),
                noNames(AgentService.class));
        for (Dimension by : List.of(Dimension.AGENT, Dimension.QUEUE)) {
            long[] times = new long[runs];
            int lines = 0;
            for (int i = -5; i < runs; i++) {
                long t0 = System.nanoTime();
                Report report = reports.report(TENANT, by, Interval.MONTH, first, first.plusMonths(1), null, null);
                long elapsed = System.nanoTime() - t0;
                lines = report.rows().size();
                if (i >= 0) {
                    times[i] = elapsed;
                }
            }
            Arrays.sort(times);
            System.out.printf("Month report by %s: %d rows; p50 %.1f ms, p95 %.1f ms, max %.1f ms (%d runs)%n", by, lines,
                    times[runs / 2] / 1e6, times[(int) Math.ceil(runs * 0.95) - 1] / 1e6, times[runs - 1] / 1e6, runs);
        }
    }

    /** @return the quarter rows and day rows written */
    private static long[] generate(EmbeddedDataSource dataSource, long calls, int agents, int queues, int departments, LocalDate first,
                                   int days) throws SQLException {
        Random random = new Random(12);
        List<QueueFacts> queueFacts = new ArrayList<>();
        for (int q = 0; q < queues; q++) {
            queueFacts.add(new QueueFacts("queue-" + q, "dept-" + (q % departments), "Queue " + q, 20, "queue-" + q));
        }
        Map<String, QueueFacts> byName = new HashMap<>();
        queueFacts.forEach(q -> byName.put(q.id(), q));
        long[] written = new long[2];
        long perDay = calls / days;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            for (int d = 0; d < days; d++) {
                LocalDate day = first.plusDays(d);
                Instant opens = day.atTime(8, 0).atZone(ZONE).toInstant();
                RollupBatch batch = new RollupBatch();
                for (long c = 0; c < perDay + (d == days - 1 ? calls % days : 0); c++) {
                    Instant joined = opens.plusMillis((long) (random.nextDouble() * 12 * 3_600_000));
                    QueueFacts queue = queueFacts.get(random.nextInt(queues));
                    int agent = random.nextInt(agents);
                    double fate = random.nextDouble();
                    long waitMs = 1_000 + random.nextInt(60_000);
                    QueueVisit.Outcome outcome = fate < 0.85 ? QueueVisit.Outcome.ANSWERED : fate < 0.97 ? QueueVisit.Outcome.ABANDONED
                            : QueueVisit.Outcome.LEFT;
                    Instant left = joined.plusMillis(waitMs);
                    Instant answered = outcome == QueueVisit.Outcome.ANSWERED ? left : null;
                    Instant ended = left.plusMillis(outcome == QueueVisit.Outcome.ANSWERED ? 30_000 + random.nextInt(300_000) : 0);
                    String userId = outcome == QueueVisit.Outcome.ANSWERED ? "agent-" + agent : null;
                    CallRecord record = new CallRecord("r", TENANT, "c", CallDirection.INBOUND, "+381111000000", "500", userId, null,
                            userId == null ? null : "dept-" + (agent % departments), queue.id(), joined, answered, ended, 0, 0,
                            CallDisposition.ANSWERED, false, null, false);
                    CallFacts.of(new EndedCall("bench", "127.0.0.1", 5038, record, userId == null ? null : UserType.CONTACT_CENTRE,
                            List.of(), List.of(new QueueVisit(queue.id(), joined, left, answered, outcome))), byName::get)
                            .tallies().forEach((key, tally) -> batch.add(List.of(key.subject()), key.quarterStart(), tally));
                }
                for (int a = 0; a < agents; a++) {
                    Instant in = opens.plusSeconds(random.nextInt(3_600));
                    String dept = "dept-" + (a % departments);
                    AgentFacts.add(batch, TENANT, "agent-" + a, dept, AgentState.AVAILABLE, in, in.plusSeconds(4 * 3_600));
                    AgentFacts.add(batch, TENANT, "agent-" + a, dept, AgentState.PAUSED, in.plusSeconds(4 * 3_600), in.plusSeconds(5 * 3_600));
                    AgentFacts.add(batch, TENANT, "agent-" + a, dept, AgentState.ON_CALL, in.plusSeconds(5 * 3_600), in.plusSeconds(8 * 3_600));
                }
                written[0] += insert(connection, "stat_quarter", "quarter_start", batch, null);
                written[1] += insert(connection, "stat_day", "day", batch, ZONE);
                connection.commit();
            }
        }
        return written;
    }

    private static int insert(Connection connection, String table, String periodColumn, RollupBatch batch, ZoneId zone) throws SQLException {
        StringBuilder columns = new StringBuilder();
        StringBuilder marks = new StringBuilder();
        for (Measure m : Measure.values()) {
            columns.append(", ").append(m.column);
            marks.append(", ?");
        }
        int count = 0;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + " (tenant_id, dimension, subject_id, department_id, "
                + periodColumn + columns + ") VALUES (?, ?, ?, ?, ?" + marks + ")")) {
            if (zone == null) {
                for (Map.Entry<RollupBatch.Key, Tally> row : batch.tallies().entrySet()) {
                    bind(insert, row.getKey().subject(), Timestamp.from(row.getKey().quarterStart()), row.getValue());
                    count++;
                }
            } else {
                for (Map.Entry<LocalDate, Map<Subject, Tally>> day : batch.byDay(zone).entrySet()) {
                    for (Map.Entry<Subject, Tally> row : day.getValue().entrySet()) {
                        bind(insert, row.getKey(), Date.valueOf(day.getKey()), row.getValue());
                        count++;
                    }
                }
            }
            insert.executeBatch();
        }
        return count;
    }

    private static void bind(PreparedStatement insert, Subject subject, Object period, Tally tally) throws SQLException {
        insert.setString(1, TENANT);
        insert.setString(2, subject.dimension().name());
        insert.setString(3, subject.id());
        insert.setString(4, subject.departmentId());
        insert.setObject(5, period);
        int i = 6;
        for (Measure m : Measure.values()) {
            insert.setLong(i++, tally.get(m));
        }
        insert.addBatch();
    }

    @SuppressWarnings("unchecked")
    private static <T> T noNames(Class<T> type) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type},
                (proxy, method, args) -> method.getReturnType() == Page.class ? new Page<>(List.of(), 0, 1, 0) : null);
    }

    private ReportBench() {
    }

    static {
        // Derby's log goes to the bench's folder, not to the working directory.
        System.setProperty("derby.stream.error.file", "target/bench-statistics/derby.log");
    }
}
