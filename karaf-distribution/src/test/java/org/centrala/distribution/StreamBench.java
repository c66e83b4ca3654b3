package org.centrala.distribution;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Benchmark P2 (issue 12): from the PBX's event to a subscriber of the live event stream receiving
 * the statistics' update it caused, with 100 subscribers while the demo's traffic runs 50 times
 * faster than usual. It unpacks and starts the built distribution in demo mode (the test PBX in the
 * same JVM, writing real AMI to Centrala over TCP), with the demo's time scale divided by the
 * speed-up, so calls come, ring, talk and end that much faster; then it opens the subscribers
 * ({@code statistics.updated}, as the demo's administrator) and measures, for each update each
 * subscriber receives, its arrival minus the {@code at} of the update: the AMI timestamp of the
 * event that caused it (a call's hang-up, a caller joining or leaving a queue, an agent's state
 * ending), which the test PBX stamps as it writes the event.
 *
 * <pre>
 * mvn -B install -DskipTests
 * mvn -q -pl karaf-distribution exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.centrala.distribution.StreamBench -Dexec.args="100 50 20 60" \
 *   -Dcentrala.distribution=karaf-distribution/target/centrala-distribution-0.1.0-SNAPSHOT.tar.gz
 * </pre>
 *
 * Arguments: subscribers, speed-up of the demo's traffic, seconds of warm-up, seconds measured.
 */
public final class StreamBench {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double DEMO_TIME_SCALE = 0.2;

    private StreamBench() {
    }

    public static void main(String[] args) throws Exception {
        int subscribers = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int speed = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 60;

        Path home = Path.of("karaf-distribution/target/bench", UUID.randomUUID().toString()).toAbsolutePath();
        try (KarafProcess karaf = KarafProcess.unpack(KarafProcess.distribution(), home)) {
            Path demoConfig = home.resolve("etc/org.centrala.demo.cfg");
            Files.writeString(demoConfig, Files.readString(demoConfig).replaceAll("(?m)^timeScale\\s*=.*$",
                    "timeScale = " + DEMO_TIME_SCALE / speed));
            karaf.startDemo();
            Api admin = new Api(karaf.httpPort(), Api.basic("demo-admin@demo", "demo-password"));
            String tenant = Poll.until("the demo company", Duration.ofSeconds(120), () -> {
                Api.Answer me = admin.get("/api/v1/me");
                return me.status() == 200 && me.json().hasNonNull("tenant") ? me.json().at("/tenant/id").asText() : null;
            });
            URI stream = URI.create("http://127.0.0.1:" + karaf.httpPort() + "/api/v1/tenants/" + tenant + "/events?types=statistics.updated");
            String authorization = "Basic " + Base64.getEncoder().encodeToString("demo-admin@demo:demo-password".getBytes(StandardCharsets.UTF_8));
            HttpClient http = HttpClient.newBuilder().executor(java.util.concurrent.Executors.newFixedThreadPool(8)).build();
            List<Subscriber> all = new ArrayList<>();
            for (int i = 0; i < subscribers; i++) {
                all.add(new Subscriber(http, stream, authorization));
            }
            Poll.until("every subscriber's first update", Duration.ofSeconds(60), () -> all.stream().allMatch(s -> s.received.get() > 0));
            long offeredBefore = offered(admin, tenant);
            Poll.through(Duration.ofSeconds(warmUp));
            all.forEach(Subscriber::measure);
            long measuring = System.nanoTime();
            long offeredAtStart = offered(admin, tenant);
            Poll.through(Duration.ofSeconds(seconds));
            all.forEach(Subscriber::stop);
            double elapsed = (System.nanoTime() - measuring) / 1e9;
            long offeredAtEnd = offered(admin, tenant);

            long[] latencies = all.stream().flatMapToLong(s -> s.latencies.stream().mapToLong(Long::longValue)).sorted().toArray();
            long late = all.stream().mapToLong(s -> s.disconnected.get()).sum();
            System.out.printf(Locale.ROOT, "%d subscribers, demo traffic x%d (time scale %s), %d cores, %s%n", subscribers, speed,
                    DEMO_TIME_SCALE / speed, Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.version"));
            System.out.printf(Locale.ROOT, "queue calls counted: %d in the warm-up, %d in %.0f s measured (%.1f/s)%n",
                    offeredAtStart - offeredBefore, offeredAtEnd - offeredAtStart, elapsed, (offeredAtEnd - offeredAtStart) / elapsed);
            System.out.printf(Locale.ROOT, "updates received: %d (%.0f/s over all subscribers, %.1f/s each); disconnected as too slow: %d%n",
                    latencies.length, latencies.length / elapsed, latencies.length / elapsed / subscribers, late);
            if (latencies.length > 0) {
                System.out.printf(Locale.ROOT, "PBX event to subscriber: p50 %d ms, p90 %d ms, p95 %d ms, p99 %d ms, max %d ms%n",
                        at(latencies, 0.50), at(latencies, 0.90), at(latencies, 0.95), at(latencies, 0.99), latencies[latencies.length - 1]);
            }
            all.forEach(Subscriber::close);
            karaf.stop();
            List<String> errors = karaf.errorLines();
            System.out.println("ERROR lines in the log: " + errors.size());
        }
    }

    private static long offered(Api admin, String tenant) {
        return admin.get("/api/v1/tenants/" + tenant + "/statistics/live").json().at("/tenant/offered").asLong();
    }

    private static long at(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * quantile) - 1)];
    }

    /** One client of the stream: counts the updates and, while measuring, keeps each one's delay. */
    private static final class Subscriber implements AutoCloseable {
        final AtomicLong received = new AtomicLong();
        final AtomicLong disconnected = new AtomicLong();
        final List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
        private volatile boolean measuring;
        private final CompletableFuture<HttpResponse<Stream<String>>> response;

        Subscriber(HttpClient http, URI uri, String authorization) {
            response = http.sendAsync(HttpRequest.newBuilder(uri).header("Authorization", authorization)
                    .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines());
            response.thenAccept(answer -> {
                try {
                    answer.body().forEach(this::line);
                } catch (RuntimeException closed) {
                    // closed at the end
                }
            });
        }

        private void line(String line) {
            if (line.startsWith(": disconnected")) {
                disconnected.incrementAndGet();
            }
            if (!line.startsWith("data: ")) {
                return;
            }
            long now = System.currentTimeMillis();
            received.incrementAndGet();
            if (measuring) {
                try {
                    JsonNode data = JSON.readTree(line.substring(6));
                    latencies.add(now - Instant.parse(data.get("at").asText()).toEpochMilli());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }

        void measure() {
            measuring = true;
        }

        void stop() {
            measuring = false;
        }

        @Override
        public void close() {
            response.thenAccept(answer -> answer.body().close());
            response.cancel(true);
        }
    }
}
