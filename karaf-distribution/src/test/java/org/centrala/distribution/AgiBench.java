package org.centrala.distribution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Benchmark P5 (issue 11): FastAGI routing decisions with 2,000 sessions open at once. It unpacks
 * and starts the built distribution (not the demo), seeds a tenant whose back-office users each
 * have an extension, a desk phone and a mobile (R5's default ring plan), and plays Asterisk: new
 * calls arrive at a steady rate, each sends res_agi's variables to {@code agi://.../route} and
 * answers the script's GET VARIABLE of the call's linked id, waits for the first EXEC (the
 * decision: {@code EXEC Dial} of step 1), then holds the
 * session, as a call ringing and talking would, so that the given number of sessions stays open;
 * then it answers the Dial as answered and ends. The decision time is from the request's last
 * byte sent to the command's line received: Karaf, Asterisk-Java, the tenancy and directory
 * lookups on Derby, and the loopback network.
 *
 * <pre>
 * mvn -B install -DskipTests
 * mvn -q -pl karaf-distribution exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.centrala.distribution.AgiBench -Dexec.args="2000 400 30 200" \
 *   -Dcentrala.distribution=karaf-distribution/target/centrala-distribution-0.1.0-SNAPSHOT.tar.gz
 * </pre>
 *
 * Arguments: sessions open at once, new calls per second, seconds measured after the ramp-up,
 * users (extensions). A session is held for sessions / rate seconds, so the ramp-up takes as long.
 */
public final class AgiBench {
    private static final String CONTEXT = "bench-agi";

    private AgiBench() {
    }

    public static void main(String[] args) throws Exception {
        int sessions = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 400;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        int users = args.length > 3 ? Integer.parseInt(args[3]) : 200;
        Duration hold = Duration.ofMillis(1000L * sessions / rate);

        Path home = Path.of("karaf-distribution/target/bench", UUID.randomUUID().toString()).toAbsolutePath();
        try (KarafProcess karaf = KarafProcess.unpack(KarafProcess.distribution(), home)) {
            karaf.start();
            Api anonymous = new Api(karaf.httpPort(), null);
            Poll.until("readiness", Duration.ofSeconds(120), () -> anonymous.get("/api/v1/health/ready").status() == 200);
            seed(anonymous.as(Api.basic("admin", karaf.operatorPassword())), users);
            InetSocketAddress server = new InetSocketAddress("127.0.0.1", karaf.fastAgiPort());

            System.out.printf(Locale.ROOT, "%d sessions at once, %d calls/s (each held %d ms), %d s measured, %d users,"
                    + " %d cores, %s%n", sessions, rate, hold.toMillis(), seconds, users,
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.version"));
            Run warmUp = new Run(server, users, hold);
            warmUp.drive(rate, hold.plusSeconds(5));
            warmUp.awaitEnd();
            Run measured = new Run(server, users, hold);
            measured.drive(rate, hold.plusSeconds(seconds));
            measured.awaitEnd();
            measured.print(hold, anonymous);
            karaf.stop();
        }
    }

    /** A tenant of back-office users with extensions 2000.., each with a desk phone and a mobile. */
    private static void seed(Api operator, int users) {
        String reseller = operator.createReseller("Bench Reseller " + UUID.randomUUID());
        String tenant = operator.id(operator.post("/api/v1/tenants", "{\"resellerId\":\"" + reseller + "\",\"name\":\"AGI Bench\","
                + "\"pbx\":{\"host\":\"127.0.0.1\",\"amiPort\":1,\"amiUser\":\"bench\",\"amiSecret\":\"bench\","
                + "\"agiContext\":\"" + CONTEXT + "\",\"trunk\":\"trunk\"}}"));
        String tenantPath = "/api/v1/tenants/" + tenant;
        operator.put(tenantPath + "/device-packs", "{\"quantity\":" + (users * 2 + 9) / 10 + "}");
        for (int i = 0; i < users; i++) {
            String user = operator.id(operator.post(tenantPath + "/users", "{\"type\":\"BACK_OFFICE\",\"displayName\":\"Clerk " + i
                    + "\",\"extension\":\"" + (2000 + i) + "\"}"));
            operator.post(tenantPath + "/devices", "{\"kind\":\"SIP_DESK_PHONE\",\"label\":\"Desk " + i + "\",\"ownerUserId\":\"" + user + "\"}");
            operator.post(tenantPath + "/devices", "{\"kind\":\"MOBILE_PHONE\",\"label\":\"Mobile " + i + "\",\"ownerUserId\":\"" + user
                    + "\",\"mobileNumber\":\"+3816" + (41000000 + i) + "\"}");
        }
    }

    /** One run: calls started at a fixed rate for a while, each holding its session for {@code hold}. */
    private static final class Run {
        private final InetSocketAddress server;
        private final int users;
        private final Duration hold;
        private final ScheduledExecutorService timer = Executors.newScheduledThreadPool(2);
        private final ConcurrentLinkedQueue<long[]> decisions = new ConcurrentLinkedQueue<>();
        private final AtomicInteger open = new AtomicInteger();
        private final AtomicInteger mostOpen = new AtomicInteger();
        private final AtomicLong failures = new AtomicLong();
        private final AtomicLong started = new AtomicLong();
        private volatile long measureFrom;
        private CountDownLatch ended;

        Run(InetSocketAddress server, int users, Duration hold) {
            this.server = server;
            this.users = users;
            this.hold = hold;
        }

        /** Starts calls at {@code rate} per second for {@code duration}; decisions count after the ramp-up. */
        void drive(int rate, Duration duration) throws InterruptedException {
            long calls = duration.toMillis() * rate / 1000;
            ended = new CountDownLatch((int) calls);
            measureFrom = System.nanoTime() + hold.toNanos();
            CountDownLatch allStarted = new CountDownLatch(1);
            timer.scheduleAtFixedRate(() -> {
                if (started.incrementAndGet() > calls) {
                    allStarted.countDown();
                    throw new IllegalStateException("done"); // ends the schedule
                }
                Thread session = new Thread(this::call);
                session.setDaemon(true);
                session.start();
            }, 0, 1_000_000L / rate, TimeUnit.MICROSECONDS);
            allStarted.await();
        }

        void awaitEnd() throws InterruptedException {
            ended.await(5, TimeUnit.MINUTES);
            timer.shutdownNow();
        }

        private void call() {
            String extension = Integer.toString(2000 + ThreadLocalRandom.current().nextInt(users));
            String id = System.nanoTime() + "." + started.get();
            boolean counted = false;
            try (Socket socket = new Socket()) {
                socket.connect(server, 5000);
                socket.setTcpNoDelay(true);
                OutputStream out = socket.getOutputStream();
                BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
                String request = "agi_network: yes\nagi_network_script: route\nagi_request: agi://127.0.0.1/route\n"
                        + "agi_channel: PJSIP/trunk-" + id + "\nagi_language: en\nagi_type: PJSIP\nagi_uniqueid: " + id
                        + "\nagi_version: 20.20.1\nagi_callerid: +381111" + extension + "\nagi_calleridname: unknown\n"
                        + "agi_context: " + CONTEXT + "\nagi_extension: " + extension + "\nagi_priority: 1\n\n";
                out.write(request.getBytes(StandardCharsets.US_ASCII));
                out.flush();
                long sent = System.nanoTime();
                String first = in.readLine();
                while (first != null && first.startsWith("GET VARIABLE")) {
                    // The script asks for the call's linked id first, as Asterisk answers it: part of the decision's time.
                    out.write(("200 result=1 (" + id + ")\n").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    first = in.readLine();
                }
                long decided = System.nanoTime();
                int now = open.incrementAndGet();
                counted = true;
                mostOpen.accumulateAndGet(now, Math::max);
                if (first == null || !first.startsWith("EXEC \"Dial\" \"PJSIP/")) {
                    failures.incrementAndGet();
                } else if (sent >= measureFrom) {
                    decisions.add(new long[] {decided - sent});
                }
                // The call rings and talks: the session stays open.
                CompletableFuture<Void> callEnds = new CompletableFuture<>();
                timer.schedule(() -> callEnds.complete(null), hold.toMillis(), TimeUnit.MILLISECONDS);
                callEnds.join();
                out.write("200 result=0\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                String line;
                while ((line = in.readLine()) != null) {
                    out.write((line.startsWith("GET VARIABLE") ? "200 result=1 (ANSWER)\n" : "200 result=1\n")
                            .getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                }
            } catch (IOException e) {
                failures.incrementAndGet();
            } finally {
                if (counted) {
                    open.decrementAndGet();
                }
                ended.countDown();
            }
        }

        void print(Duration hold, Api anonymous) {
            long[] all = decisions.stream().mapToLong(d -> d[0]).sorted().toArray();
            System.out.printf(Locale.ROOT, "decisions measured %d (after the %d ms ramp-up), most sessions open at once %d,"
                    + " failures %d%n", all.length, hold.toMillis(), mostOpen.get(), failures.get());
            if (all.length > 0) {
                System.out.printf(Locale.ROOT, "decision time ms: p50 %.2f  p90 %.2f  p99 %.2f  p99.9 %.2f  max %.2f%n",
                        ms(all, 0.50), ms(all, 0.90), ms(all, 0.99), ms(all, 0.999), all[all.length - 1] / 1e6);
            }
        }

        private static double ms(long[] sorted, double quantile) {
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
        }
    }
}
