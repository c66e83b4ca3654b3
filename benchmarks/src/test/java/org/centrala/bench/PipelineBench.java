package org.centrala.bench;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.asteriskjava.manager.DefaultManagerConnection;
import org.centrala.calls.internal.CallRecordStore;
import org.centrala.directory.CallParty;
import org.centrala.directory.CallPartyResolver;
import org.centrala.directory.UserType;
import org.centrala.events.internal.BenchStream;
import org.centrala.pbx.CallTopics;
import org.centrala.pbx.EndedCall;
import org.centrala.pbx.EndedCallConsumer;
import org.centrala.pbx.QueueTopics;
import org.centrala.pbx.internal.link.BenchLink;
import org.centrala.pbx.internal.model.AmiEvents;
import org.centrala.pbx.internal.pipeline.EventPipeline;
import org.centrala.pbx.internal.records.CallAttribution;
import org.centrala.persistence.Database;
import org.centrala.persistence.internal.JdbcDatabase;
import org.centrala.queues.AgentTopics;
import org.centrala.queues.Queue;
import org.centrala.queues.QueueStrategy;
import org.centrala.statistics.StatisticsTopics;
import org.centrala.statistics.internal.BenchStatistics;
import org.centrala.testpbx.internal.AmiCapture;
import org.centrala.testpbx.internal.AmiReplayServer;

/**
 * The pipeline benchmark of docs/benchmarks.md. Replays the captured event mix of a real
 * Asterisk 20 (all four captures, call ids made unique per round, times moved to today) from a
 * socket:
 * <ol>
 * <li>to a bare Asterisk-Java connection whose listener only counts;</li>
 * <li>through the link as the node runs it, with what consumes its calls attached: Asterisk-Java's
 *     reader, the lanes, the call model, attribution, the ended-call journal handing each call to
 *     the call records and the statistics (roll-ups on Derby, on disk under target/), EventAdmin
 *     delivering the call and queue events to the waiting callers and the live event stream, and
 *     the statistics' updates to the stream, whose subscribers each turn every event into its SSE
 *     frame;</li>
 * <li>the same at 10,000 events/s for 60 s, counting drops.</li>
 * </ol>
 * A run of the attached pipeline ends when the last of its parts moved: the lanes, the journal's
 * consumers, EventAdmin and the subscribers. Run from the module: {@code mvn -q -pl benchmarks
 * test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.centrala.bench.PipelineBench}
 * (args: events [sustainedSeconds [pairs [subscribers [minWarmUps]]]]).
 */
public final class PipelineBench {
    private static final String[] CAPTURES = {"sample.txt", "pjsip-call.txt", "sip-call.txt", "parking.txt"};
    private static final Set<String> IDS = Set.of("Uniqueid", "Linkedid", "DestUniqueid", "DestLinkedid",
            "UniqueID", "BridgeUniqueid", "LocalOneUniqueid", "LocalOneLinkedid", "LocalTwoUniqueid",
            "LocalTwoLinkedid");
    private static final String TENANT = "tenant-bench";
    /** The captures' calls are in the PBX's context "default", here the bench tenant's. */
    private static final Map<String, String> CONTEXTS = Map.of("default", TENANT);
    /** What is attached to the link (-Dbench.attach, default all three; empty: the link alone, to tell their costs apart). */
    private static final Set<String> ATTACHED = Set.of(System.getProperty("bench.attach", "call-records,statistics,stream").split(","));

    private PipelineBench() {
    }

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int sustainedSeconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        int pairs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int subscribers = args.length > 3 ? Integer.parseInt(args[3]) : 100;
        int minWarmUps = args.length > 4 ? Integer.parseInt(args[4]) : 2;
        List<Map<String, String>> mix = new ArrayList<>();
        for (String capture : CAPTURES) {
            mix.addAll(AmiCapture.load(capture).events());
        }
        // Today's calls, so that the statistics count them into today's figures and publish them.
        long shift = Instant.now().getEpochSecond() - 60 - mix.stream().map(e -> e.get("Timestamp")).filter(t -> t != null)
                .mapToLong(t -> new BigDecimal(t).longValue()).max().orElseThrow();
        // One database for every run, as a node keeps one: Derby compiles each statement once per database.
        Node node = new Node(database(), subscribers);
        System.out.printf(Locale.ROOT, "mix: %d captured events per round, %d events replayed, %d subscribers%n", mix.size(),
                events, subscribers);

        // Warm both paths once (JIT), then measure in alternating pairs: on a shared 2-core VM
        // single runs vary by a third, so the median of each figure and of the per-pair ratio counts.
        // Warm up until the JIT compiler has settled (a node that has run for a while): Derby's code is large and
        // turns each statement into a class of its own, and on two cores the compiler's threads would otherwise
        // take their share from the measured runs. At least minWarmUps rounds, at most 15.
        for (int warm = 1; warm <= 15; warm++) {
            bare(render(mix, events, shift, "w" + warm));
            Result warmed = attached(node, render(mix, events, shift, "w" + warm), 0, "warm");
            System.out.printf(Locale.ROOT, "warm-up %d: attached %,.0f events/s, JIT %.2f s%n", warm, warmed.rate(), warmed.jitSeconds());
            if (warm >= minWarmUps && warmed.jitSeconds() < 0.25) {
                break;
            }
        }
        List<Result> bares = new ArrayList<>();
        List<Result> fulls = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        for (int pair = 1; pair <= pairs; pair++) {
            // Each pair's calls are new calls (ids of their own), so none is recognised as one recorded already.
            byte[][] rendered = render(mix, events, shift, "p" + pair);
            Result bare = bare(rendered);
            Result full = attached(node, rendered, 0, "full");
            bares.add(bare);
            fulls.add(full);
            ratios.add(full.rate() / bare.rate());
            System.out.printf(Locale.ROOT, "pair %d: bare %,.0f events/s, attached %,.0f events/s, ratio %.2f%n  bare: %s%n"
                    + "  attached: %s%n", pair, bare.rate(), full.rate(), full.rate() / bare.rate(), bare.downstream(), full.downstream());
        }
        Result bare = median(bares);
        Result full = median(fulls);
        System.out.printf(Locale.ROOT, "%nmedians of %d pairs%n", pairs);
        System.out.printf(Locale.ROOT, "bare reader : %,.0f events/s, %.2f µs CPU/event%n", bare.rate(), bare.cpuMicros());
        System.out.printf(Locale.ROOT, "attached    : %,.0f events/s, %.2f µs CPU/event, lane lag p50 %.0f µs p99 %.0f µs"
                        + " p99.9 %.0f µs max %.0f µs, dropped %d, %s%n", full.rate(), full.cpuMicros(),
                full.p50(), full.p99(), full.p999(), full.max(), full.dropped(), full.downstream());
        System.out.printf(Locale.ROOT, "ratio       : %.2f median of per-pair ratios (min %.2f, max %.2f; target >= 0.80)%n",
                ratios.stream().sorted().toList().get(ratios.size() / 2), ratios.stream().min(Double::compare).orElseThrow(),
                ratios.stream().max(Double::compare).orElseThrow());

        if (sustainedSeconds > 0) {
            int sustainedEvents = 10_000 * sustainedSeconds;
            Result sustained = attached(node, render(mix, sustainedEvents, shift, "s"), 10_000, "sustained");
            System.out.printf(Locale.ROOT, "sustained   : %d events at 10,000/s over %.1f s: dropped %d, lane lag p50 %.0f µs"
                            + " p99 %.0f µs p99.9 %.0f µs max %.0f µs, %.2f µs CPU/event, %s%n",
                    sustainedEvents, sustained.seconds(), sustained.dropped(), sustained.p50(), sustained.p99(),
                    sustained.p999(), sustained.max(), sustained.cpuMicros(), sustained.downstream());
        }
        System.exit(0);
    }

    /**
     * The mix, round after round, each round's call, channel and bridge ids suffixed with the run's
     * tag and its number, and its times moved by {@code shiftSeconds}.
     */
    static byte[][] render(List<Map<String, String>> mix, int count, long shiftSeconds, String run) {
        byte[][] out = new byte[count][];
        for (int i = 0; i < count; i++) {
            int round = i / mix.size();
            Map<String, String> event = new LinkedHashMap<>(mix.get(i % mix.size()));
            for (String key : IDS) {
                String value = event.get(key);
                if (value != null && !value.isEmpty()) {
                    event.put(key, value + "-" + run + round);
                }
            }
            event.computeIfPresent("Timestamp", (key, value) -> new BigDecimal(value).add(BigDecimal.valueOf(shiftSeconds))
                    .toPlainString());
            out[i] = AmiCapture.render(event);
        }
        return out;
    }

    private static Result bare(byte[][] rendered) throws Exception {
        LongAdder counted = new LongAdder();
        try (AmiReplayServer server = new AmiReplayServer(rendered, 0)) {
            DefaultManagerConnection connection = new DefaultManagerConnection("127.0.0.1", server.port(), "bench",
                    "bench");
            connection.addEventListener(event -> counted.increment());
            connection.login();
            CpuShares shares = new CpuShares();
            long t0 = System.nanoTime();
            server.awaitDone(10, TimeUnit.MINUTES);
            long elapsed = awaitQuiet(counted::sum, rendered.length) - t0;
            String where = shares.since();
            connection.logoff();
            return new Result(rendered.length, elapsed, shares.processNanos(), new long[0], 0, "CPU: " + where, shares.jitSeconds());
        }
    }

    private static Result attached(Node node, byte[][] rendered, long rate, String name) throws Exception {
        long[] lags = new long[rendered.length + 64];
        AtomicLong lagCount = new AtomicLong();
        long recorded0 = node.recorded.sum();
        long counted0 = node.counted.sum();
        long recordHandOvers0 = node.recordHandOvers.sum();
        long countHandOvers0 = node.countHandOvers.sum();
        long delivered0 = node.events.delivered();
        long frames0 = node.stream.framesWritten();
        // A PBX (re)connects: a link of its own, whose journal hands the calls to the node's consumers.
        try (AmiReplayServer server = new AmiReplayServer(rendered, rate);
             BenchLink link = new BenchLink(server.port(), CONTEXTS, new CallAttribution(node.phones), node.events)) {
            if (ATTACHED.contains("statistics")) {
                link.attach("statistics", counting(node.statistics.calls(), node.counted, node.countHandOvers));
            }
            if (ATTACHED.contains("call-records")) {
                link.attach("call-records", counting(node.callRecords, node.recorded, node.recordHandOvers));
            }
            DefaultManagerConnection connection = new DefaultManagerConnection("127.0.0.1", server.port(), "bench",
                    "bench");
            EventPipeline pipeline = new EventPipeline(name, 2, 100_000, link.listener(), Clock.systemUTC());
            AtomicLong lanesDone = new AtomicLong();
            pipeline.onProcessed(lag -> {
                long i = lagCount.getAndIncrement();
                if (i < lags.length) {
                    lags[(int) i] = lag;
                }
                lanesDone.set(System.nanoTime());
            });
            AmiEvents.CONSUMED.forEach(connection::registerUserEventClass);
            connection.addEventListener(pipeline);
            connection.login();
            CpuShares shares = new CpuShares();
            long t0 = System.nanoTime();
            server.awaitDone(10, TimeUnit.MINUTES);
            // Done when every part stopped moving: the lanes, the journal's two consumers, EventAdmin, the subscribers.
            long end = awaitQuiet(() -> pipeline.processed() + pipeline.ignored() + pipeline.dropped() + node.recorded.sum()
                    + node.counted.sum() + node.events.delivered() + node.stream.framesWritten(), Long.MAX_VALUE);
            long elapsed = end - t0;
            String where = shares.since();
            long cpu = shares.processNanos();
            connection.logoff();
            pipeline.close();
            long[] sorted = Arrays.copyOf(lags, (int) Math.min(lagCount.get(), lags.length));
            Arrays.sort(sorted);
            long frames = node.stream.framesWritten() - frames0;
            String downstream = String.format(Locale.ROOT, "lanes done after %.2f s, all done after %.2f s, calls recorded %,d"
                            + " (in %,d hand-overs), counted by the statistics %,d (in %,d), events delivered %,d (handler failures %d),"
                            + " SSE frames %,d (%,d per subscriber), subscribers cut off %d",
                    (lanesDone.get() - t0) / 1e9, elapsed / 1e9, node.recorded.sum() - recorded0,
                    node.recordHandOvers.sum() - recordHandOvers0, node.counted.sum() - counted0,
                    node.countHandOvers.sum() - countHandOvers0, node.events.delivered() - delivered0, node.events.failures(),
                    frames, frames / Math.max(1, node.subscribers), node.stream.overflowed()) + "; CPU: " + where;
            return new Result(rendered.length, elapsed, cpu, sorted, pipeline.dropped(), downstream, shares.jitSeconds());
        }
    }

    /**
     * What a node keeps across PBX connections, made once as Declarative Services makes it: the
     * database, EventAdmin, the call records, the statistics and the stream with its subscribers.
     */
    private static final class Node implements AutoCloseable {
        final CallPartyResolver phones = new CaptureDirectory();
        final AsyncEventAdmin events = new AsyncEventAdmin();
        final CallRecordStore callRecords;
        final BenchStatistics statistics;
        final BenchStream stream;
        final int subscribers;
        final LongAdder recorded = new LongAdder();
        final LongAdder counted = new LongAdder();
        final LongAdder recordHandOvers = new LongAdder();
        final LongAdder countHandOvers = new LongAdder();

        Node(Database db, int subscribers) {
            this.subscribers = subscribers;
            callRecords = new CallRecordStore(db);
            statistics = new BenchStatistics(db, events, List.of(new Queue("queue-support", TENANT, "dept-bench", "Support", "support",
                    QueueStrategy.RINGALL, 20, 0, List.of(), Instant.now(), Instant.now())));
            stream = new BenchStream(phones, TENANT, subscribers);
            if (ATTACHED.contains("stream")) {
                events.subscribe(stream.hub(), CallTopics.STARTED, CallTopics.RINGING, CallTopics.ANSWERED, CallTopics.ENDED,
                        AgentTopics.STATE, StatisticsTopics.UPDATED);
            }
            if (ATTACHED.contains("statistics")) {
                events.subscribe(statistics.waitingCallers(), QueueTopics.CALLER_JOINED, QueueTopics.CALLER_LEFT, CallTopics.ENDED);
            }
        }

        @Override
        public void close() throws InterruptedException {
            stream.close();
            statistics.close();
            events.close();
        }
    }

    private static Database database() throws Exception {
        // On disk like production's data/ folder (target/ of wherever it is run; ignored by git).
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "bench-derby-");
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName(dir.resolve("db").toString());
        dataSource.setCreateDatabase("create");
        Database db = new JdbcDatabase(dataSource);
        // The tenant table is tenancy's; the statistics check a tenant exists in it.
        db.update("CREATE TABLE tenant (id CHAR(36) NOT NULL PRIMARY KEY)");
        db.update("INSERT INTO tenant (id) VALUES (?)", TENANT);
        return db;
    }

    private static EndedCallConsumer counting(EndedCallConsumer consumer, LongAdder taken, LongAdder handOvers) {
        return new EndedCallConsumer() {
            @Override
            public void accept(EndedCall call) {
                consumer.accept(call);
                taken.increment();
                handOvers.increment();
            }

            @Override
            public void acceptAll(List<EndedCall> calls) {
                consumer.acceptAll(calls);
                taken.add(calls.size());
                handOvers.increment();
            }
        };
    }

    /**
     * Waits until the count reaches {@code expected} or stops moving for 300 ms (Asterisk-Java
     * makes no object of the few events it has no class for, and downstream parts have no known
     * total); answers when it last moved.
     */
    private static long awaitQuiet(LongSupplier count, long expected) {
        long last = -1;
        long lastMoved = System.nanoTime();
        while (true) {
            long now = count.getAsLong();
            if (now != last) {
                last = now;
                lastMoved = System.nanoTime();
                if (now >= expected) {
                    return lastMoved;
                }
            } else if (System.nanoTime() - lastMoved > TimeUnit.MILLISECONDS.toNanos(300)) {
                return lastMoved;
            }
            // A millisecond apart: spinning here would take one of the two cores from what is measured.
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
        }
    }

    /** The run with the median rate (its other figures come with it). */
    private static Result median(List<Result> results) {
        return results.stream().sorted(Comparator.comparingDouble(Result::rate)).toList().get(results.size() / 2);
    }


    record Result(long events, long nanos, long cpuNanos, long[] lagsSorted, long dropped, String downstream, double jitSeconds) {
        double seconds() {
            return nanos / 1e9;
        }

        double rate() {
            return events / seconds();
        }

        double cpuMicros() {
            return cpuNanos / 1e3 / events;
        }

        double pct(double q) {
            return lagsSorted.length == 0 ? 0 : lagsSorted[(int) Math.min(lagsSorted.length - 1,
                    Math.floor(q * lagsSorted.length))] / 1e3;
        }

        double p50() {
            return pct(0.50);
        }

        double p99() {
            return pct(0.99);
        }

        double p999() {
            return pct(0.999);
        }

        double max() {
            return lagsSorted.length == 0 ? 0 : lagsSorted[lagsSorted.length - 1] / 1e3;
        }
    }

    /**
     * The directory for the captures' parties: endpoints 1001-1002 (chan_sip) and 2001-2002 (PJSIP)
     * are the bench tenant's contact-centre users' devices. A map, not the JDBC directory: the
     * benchmark measures the PBX path.
     */
    private static final class CaptureDirectory implements CallPartyResolver {
        @Override
        public Optional<CallParty> bySipUsername(String sip) {
            return switch (sip) {
                case "1001", "1002", "2001", "2002" -> Optional.of(new CallParty(TENANT, "device-" + sip,
                        "user-" + sip, UserType.CONTACT_CENTRE, "dept-bench"));
                default -> Optional.empty();
            };
        }

        @Override
        public Optional<CallParty> byMobileNumber(Collection<String> tenants, String number) {
            return Optional.empty();
        }
    }
}
