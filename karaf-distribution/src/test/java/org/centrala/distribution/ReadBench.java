package org.centrala.distribution;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Benchmark P8 (issue 8, item 8): authenticated list and item reads against the static OpenAPI
 * document, in the same run, at a fixed number of connections. It unpacks and starts the built
 * distribution as an operator would (not the demo: no calls in the background), seeds one tenant
 * with 51 contact-centre users holding roles and a voice licence, and then, for each round,
 * measures every target for the given seconds after a warm-up: completed requests per second,
 * latency percentiles, and requests that did not answer 200.
 *
 * <pre>
 * mvn -B install -DskipTests
 * mvn -q -pl karaf-distribution test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.centrala.distribution.ReadBench -Dexec.args="16 20 5 3" \
 *   -Dcentrala.distribution=karaf-distribution/target/centrala-distribution-0.1.0-SNAPSHOT.tar.gz
 * </pre>
 *
 * Arguments: connections, seconds measured per target, seconds of warm-up per target, rounds, and
 * optionally a word of the targets to measure besides the static document (to profile one).
 * The client runs on the same machine as the node, as wrk did when the issue measured it.
 */
public final class ReadBench {
    private static final String PASSWORD = "bench password 1234";
    private static final int USERS = 51;

    private record Target(String name, String authorization, String path) {
    }

    private record Result(String name, double rate, double p50, double p99, double p999, double max, long failures) {
    }

    private ReadBench() {
    }

    public static void main(String[] args) throws Exception {
        int connections = args.length > 0 ? Integer.parseInt(args[0]) : 16;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        String only = args.length > 4 ? args[4] : "";

        Path home = Path.of("karaf-distribution/target/bench", UUID.randomUUID().toString()).toAbsolutePath();
        try (KarafProcess karaf = KarafProcess.unpack(KarafProcess.distribution(), home)) {
            karaf.start();
            Api anonymous = new Api(karaf.httpPort(), null);
            Poll.until("readiness", Duration.ofSeconds(120), () -> anonymous.get("/api/v1/health/ready").status() == 200);
            List<Target> targets = seed(anonymous.as(Api.basic("admin", karaf.operatorPassword()))).stream()
                    .filter(target -> target.name().startsWith("static") || target.name().contains(only)).toList();
            String base = "http://127.0.0.1:" + karaf.httpPort();

            System.out.printf(Locale.ROOT, "%d connections, %d s per target after %d s warm-up, %d rounds, %d cores, %s%n",
                    connections, seconds, warmUp, rounds, Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.version"));
            for (int round = 1; round <= rounds; round++) {
                List<Result> results = new ArrayList<>();
                for (Target target : targets) {
                    measure(base, target, connections, Duration.ofSeconds(warmUp));
                    results.add(measure(base, target, connections, Duration.ofSeconds(seconds)));
                }
                print(round, results);
            }
            karaf.stop();
        }
    }

    /** A tenant of 51 users in three departments, each with roles and a voice licence, and its administrator. */
    private static List<Target> seed(Api operator) {
        String reseller = operator.createReseller("Bench Reseller " + UUID.randomUUID());
        String tenant = operator.createTenant(reseller, "Bench Tenant", "bench-" + UUID.randomUUID().toString().substring(0, 8), "secret");
        String tenantPath = "/api/v1/tenants/" + tenant;
        operator.put(tenantPath + "/licences/voice", "{\"quantity\":" + USERS + "}");
        List<String> departments = new ArrayList<>();
        for (String country : new String[] {"AT", "DE", "RS"}) {
            departments.add(operator.id(operator.post(tenantPath + "/departments", "{\"name\":\"Team " + country + "\",\"countryCode\":\"" + country + "\"}")));
        }
        String admin = null;
        String one = null;
        for (int i = 0; i < USERS; i++) {
            String username = "bench-" + i + "-" + UUID.randomUUID().toString().substring(0, 6);
            String roles = i == 0 ? "[\"ADMINISTRATOR\"]" : i % 5 == 0 ? "[\"SUPERVISOR\",\"TECHNICIAN\"]" : "[]";
            String id = operator.id(operator.post(tenantPath + "/users", "{\"type\":\"CONTACT_CENTRE\",\"departmentId\":\""
                    + departments.get(i % 3) + "\",\"displayName\":\"Bench User " + i + "\",\"username\":\"" + username
                    + "\",\"roles\":" + roles + "}"));
            operator.put(tenantPath + "/users/" + id + "/channels/voice", "");
            if (i == 0) {
                operator.put(tenantPath + "/users/" + id + "/password", "{\"password\":\"" + PASSWORD + "\"}");
                admin = Api.basic(operator.signIn(tenant, username), PASSWORD);
            }
            one = id;
        }
        return List.of(
                new Target("static OpenAPI document", null, "/api/v1/openapi.json"),
                new Target("user list (20 of 51)", admin, tenantPath + "/users?size=20"),
                new Target("one user", admin, tenantPath + "/users/" + one),
                new Target("department list", admin, tenantPath + "/departments"));
    }

    private static Result measure(String base, Target target, int connections, Duration duration) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + target.path())).timeout(Duration.ofSeconds(30)).GET();
        if (target.authorization() != null) {
            builder.header("Authorization", target.authorization());
        }
        HttpRequest request = builder.build();
        long end = System.nanoTime() + duration.toNanos();
        AtomicLong failures = new AtomicLong();
        long[][] latencies = new long[connections][];
        int[] counts = new int[connections];
        CountDownLatch done = new CountDownLatch(connections);
        for (int c = 0; c < connections; c++) {
            int connection = c;
            Thread worker = new Thread(() -> {
                long[] own = new long[1 << 16];
                int count = 0;
                try {
                    while (System.nanoTime() < end) {
                        long started = System.nanoTime();
                        try {
                            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                            if (response.statusCode() != 200) {
                                failures.incrementAndGet();
                            }
                        } catch (Exception e) {
                            failures.incrementAndGet();
                        }
                        if (count == own.length) {
                            own = Arrays.copyOf(own, own.length * 2);
                        }
                        own[count++] = System.nanoTime() - started;
                    }
                } finally {
                    latencies[connection] = own;
                    counts[connection] = count;
                    done.countDown();
                }
            }, "bench-" + c);
            worker.start();
        }
        done.await();
        int total = Arrays.stream(counts).sum();
        long[] merged = new long[total];
        int at = 0;
        for (int c = 0; c < connections; c++) {
            System.arraycopy(latencies[c], 0, merged, at, counts[c]);
            at += counts[c];
        }
        Arrays.sort(merged);
        return new Result(target.name(), total / (double) duration.toSeconds(), millis(merged, 0.50), millis(merged, 0.99),
                millis(merged, 0.999), merged.length == 0 ? 0 : merged[merged.length - 1] / 1e6, failures.get());
    }

    private static double millis(long[] sorted, double quantile) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    private static void print(int round, List<Result> results) {
        double reference = results.get(0).rate();
        System.out.printf(Locale.ROOT, "%nRound %d%n| Target | Requests/s | vs. static | p50 ms | p99 ms | p99.9 ms | max ms | not 200 |%n"
                + "|---|---|---|---|---|---|---|---|%n", round);
        for (Result r : results) {
            System.out.printf(Locale.ROOT, "| %s | %,.0f | %.2f | %.1f | %.1f | %.1f | %.1f | %d |%n",
                    r.name(), r.rate(), r.rate() / reference, r.p50(), r.p99(), r.p999(), r.max(), r.failures());
        }
    }
}
