package org.centrala.calls.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.asteriskjava.manager.DefaultManagerConnection;
import org.centrala.directory.CallParty;
import org.centrala.directory.CallPartyResolver;
import org.centrala.directory.UserType;
import org.centrala.pbx.internal.model.AmiEvents;
import org.centrala.pbx.internal.model.CallListener;
import org.centrala.pbx.internal.model.CallSummary;
import org.centrala.pbx.internal.pipeline.EventPipeline;
import org.centrala.pbx.internal.records.CallAttribution;
import org.centrala.calls.internal.JdbcCallRecords;
import org.centrala.persistence.internal.JdbcDatabase;
import org.centrala.testpbx.internal.AmiCapture;
import org.centrala.testpbx.internal.AmiReplayServer;

/**
 * The pipeline benchmark of docs/benchmarks.md. Replays the captured event mix of a real
 * Asterisk 20 (all four captures, call ids made unique per round) from a socket:
 * <ol>
 * <li>to a bare Asterisk-Java connection whose listener only counts;</li>
 * <li>through the whole pipeline: Asterisk-Java's reader, the lanes, the call model, attribution
 *     and the call-record store on Derby (on disk, under target/);</li>
 * <li>at 10,000 events/s for 60 s through the whole pipeline, counting drops.</li>
 * </ol>
 * Run: {@code mvn -o -q -pl bundles/pbx-asterisk test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.centrala.pbx.bench.PipelineBench} (args: events [sustainedSeconds [pairs]]).
 */
public final class PipelineBench {
    private static final String[] CAPTURES = {"sample.txt", "pjsip-call.txt", "sip-call.txt", "parking.txt"};
    private static final Set<String> IDS = Set.of("Uniqueid", "Linkedid", "DestUniqueid", "DestLinkedid",
            "UniqueID", "BridgeUniqueid", "LocalOneUniqueid", "LocalOneLinkedid", "LocalTwoUniqueid",
            "LocalTwoLinkedid");

    private PipelineBench() {
    }

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int sustainedSeconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        int pairs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        List<Map<String, String>> mix = new ArrayList<>();
        for (String capture : CAPTURES) {
            mix.addAll(AmiCapture.load(capture).events());
        }
        byte[][] rendered = render(mix, events);
        System.out.printf(Locale.ROOT, "mix: %d captured events per round, %d events replayed%n", mix.size(), events);

        // Warm both paths once (JIT), then measure in alternating pairs: on a shared 2-core VM
        // single runs vary by a third, so the median of each figure and of the per-pair ratio counts.
        bare(render(mix, 30_000));
        pipeline(render(mix, 30_000), 0, "warm");
        List<Result> bares = new ArrayList<>();
        List<Result> fulls = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        for (int pair = 1; pair <= pairs; pair++) {
            Result bare = bare(rendered);
            Result full = pipeline(rendered, 0, "full");
            bares.add(bare);
            fulls.add(full);
            ratios.add(full.rate() / bare.rate());
            System.out.printf(Locale.ROOT, "pair %d: bare %,.0f events/s, pipeline %,.0f events/s, ratio %.2f, "
                    + "pipeline lag p99 %.0f µs, dropped %d%n", pair, bare.rate(), full.rate(), full.rate() / bare.rate(),
                    full.p99(), full.dropped());
        }
        Result bare = median(bares);
        Result full = median(fulls);
        System.out.printf(Locale.ROOT, "%nmedians of %d pairs%n", pairs);
        System.out.printf(Locale.ROOT, "bare reader : %,.0f events/s, %.2f µs CPU/event%n", bare.rate(), bare.cpuMicros());
        System.out.printf(Locale.ROOT, "pipeline    : %,.0f events/s, %.2f µs CPU/event, lag p50 %.0f µs p99 %.0f µs"
                        + " p99.9 %.0f µs max %.0f µs, dropped %d, calls recorded %d%n", full.rate(), full.cpuMicros(),
                full.p50(), full.p99(), full.p999(), full.max(), full.dropped(), full.recorded());
        System.out.printf(Locale.ROOT, "ratio       : %.2f median of per-pair ratios (min %.2f, max %.2f; target >= 0.80)%n",
                ratios.stream().sorted().toList().get(ratios.size() / 2), ratios.stream().min(Double::compare).orElseThrow(),
                ratios.stream().max(Double::compare).orElseThrow());

        if (sustainedSeconds > 0) {
            int sustainedEvents = 10_000 * sustainedSeconds;
            Result sustained = pipeline(render(mix, sustainedEvents), 10_000, "sustained");
            System.out.printf(Locale.ROOT, "sustained   : %d events at 10,000/s over %.1f s: dropped %d, lag p50 %.0f µs"
                            + " p99 %.0f µs p99.9 %.0f µs max %.0f µs, %.2f µs CPU/event, calls recorded %d%n",
                    sustainedEvents, sustained.seconds(), sustained.dropped(), sustained.p50(), sustained.p99(),
                    sustained.p999(), sustained.max(), sustained.cpuMicros(), sustained.recorded());
        }
        System.exit(0);
    }

    /** The mix, round after round, each round's call, channel and bridge ids suffixed with its number. */
    static byte[][] render(List<Map<String, String>> mix, int count) {
        byte[][] out = new byte[count][];
        for (int i = 0; i < count; i++) {
            int round = i / mix.size();
            Map<String, String> event = new LinkedHashMap<>(mix.get(i % mix.size()));
            for (String key : IDS) {
                String value = event.get(key);
                if (value != null && !value.isEmpty()) {
                    event.put(key, value + "-" + round);
                }
            }
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
            long cpu0 = cpuNanos();
            long t0 = System.nanoTime();
            awaitCount(() -> counted.sum(), rendered.length, server);
            long elapsed = System.nanoTime() - t0;
            long cpu = cpuNanos() - cpu0;
            connection.logoff();
            return new Result(rendered.length, elapsed, cpu, new long[0], 0, 0);
        }
    }

    private static Result pipeline(byte[][] rendered, long rate, String name) throws Exception {
        // On disk like production's data/ folder (target/ of wherever it is run; ignored by git).
        Path target = Files.createDirectories(Path.of("target"));
        Path dir = Files.createTempDirectory(target, "bench-derby-");
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName(dir.resolve("db").toString());
        dataSource.setCreateDatabase("create");
        JdbcCallRecords store = new JdbcCallRecords(new JdbcDatabase(dataSource));
        CallAttribution attribution = new CallAttribution(new CaptureDirectory());
        AtomicLong recorded = new AtomicLong();
        Map<String, String> contexts = Map.of("default", "tenant-bench");
        CallListener sink = new CallListener() {
            @Override
            public void started(String id, CallSummary.Leg origin, Instant at) {
            }

            @Override
            public void answered(String id, CallSummary.Leg by, Instant at) {
            }

            @Override
            public void ended(CallSummary call) {
                attribution.attribute(call, contexts).ifPresent(a -> {
                    if (store.insert("bench", a.record(), a.userType())) {
                        recorded.incrementAndGet();
                    }
                });
            }

            @Override
            public void deviceState(String device, String state) {
            }

            @Override
            public void queueMember(String queue, String member, String state) {
            }

            @Override
            public void queueReport(org.centrala.pbx.internal.model.QueueReport report) {
            }
        };
        long[] lags = new long[rendered.length + 64];
        AtomicLong lagCount = new AtomicLong();
        try (AmiReplayServer server = new AmiReplayServer(rendered, rate)) {
            DefaultManagerConnection connection = new DefaultManagerConnection("127.0.0.1", server.port(), "bench",
                    "bench");
            EventPipeline pipeline = new EventPipeline(name, 2, 100_000, sink, Clock.systemUTC());
            pipeline.onProcessed(lag -> {
                long i = lagCount.getAndIncrement();
                if (i < lags.length) {
                    lags[(int) i] = lag;
                }
            });
            AmiEvents.CONSUMED.forEach(connection::registerUserEventClass);
            connection.addEventListener(pipeline);
            connection.login();
            long cpu0 = cpuNanos();
            long t0 = System.nanoTime();
            awaitCount(() -> pipeline.processed() + pipeline.ignored() + pipeline.dropped(), rendered.length, server);
            long elapsed = System.nanoTime() - t0;
            long cpu = cpuNanos() - cpu0;
            connection.logoff();
            pipeline.close();
            long[] sorted = Arrays.copyOf(lags, (int) Math.min(lagCount.get(), lags.length));
            Arrays.sort(sorted);
            return new Result(rendered.length, elapsed, cpu, sorted, pipeline.dropped(), recorded.get());
        }
    }

    /**
     * Counts only events Asterisk-Java turned into objects; the few it has no class for (or the
     * pipeline ignores before they reach a lane) never arrive, so stop when the count stops moving.
     */
    private static void awaitCount(java.util.function.LongSupplier count, long expected, AmiReplayServer server)
            throws InterruptedException {
        server.awaitDone(10, TimeUnit.MINUTES);
        long last = -1;
        long stableSince = System.nanoTime();
        while (count.getAsLong() < expected) {
            long now = count.getAsLong();
            if (now != last) {
                last = now;
                stableSince = System.nanoTime();
            } else if (System.nanoTime() - stableSince > TimeUnit.MILLISECONDS.toNanos(300)) {
                return;
            }
            Thread.onSpinWait();
        }
    }

    /** The run with the median rate (its other figures come with it). */
    private static Result median(List<Result> results) {
        return results.stream().sorted(java.util.Comparator.comparingDouble(Result::rate)).toList()
                .get(results.size() / 2);
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    record Result(long events, long nanos, long cpuNanos, long[] lagsSorted, long dropped, long recorded) {
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
     * are a tenant's devices. A map, not the JDBC directory: the benchmark measures the PBX path.
     */
    private static final class CaptureDirectory implements CallPartyResolver {
        @Override
        public Optional<CallParty> bySipUsername(String sip) {
            return switch (sip) {
                case "1001", "1002", "2001", "2002" -> Optional.of(new CallParty("tenant-bench", "device-" + sip,
                        "user-" + sip, UserType.CONTACT_CENTRE, null));
                default -> Optional.empty();
            };
        }

        @Override
        public Optional<CallParty> byMobileNumber(Collection<String> tenants, String number) {
            return Optional.empty();
        }
    }
}
