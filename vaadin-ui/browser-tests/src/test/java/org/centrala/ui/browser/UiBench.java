package org.centrala.ui.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.centrala.distribution.Poll;

/**
 * The web UI's benchmark (issue 10; docs/benchmarks.md), not a test: README command 1's system
 * (bin/demo) and Debian's headless Chromium, measuring
 * <ol>
 * <li>the first page after sign-in: from the click on "Sign in" to the welcome shown, as the user sees it;</li>
 * <li>a tenant of 10,000 users: its list's first rows, a jump to row 5,000 and to the last rows, and
 *     how many rows the UI asked the core for meanwhile (counted from the UI's log of pages fetched);</li>
 * <li>the UI process's resident memory with 20 users signed in, each with the user list open.</li>
 * </ol>
 * Run with {@code CENTRALA_UI_OPTS} naming the UI's JVM options plus the debug log of {@code Paged}
 * (the command in docs/benchmarks.md).
 */
public final class UiBench {
    private static final int USERS = 10_000;
    private static final int SIGN_INS = 10;
    private static final int SESSIONS = 20;

    private UiBench() {
    }

    public static void main(String[] args) throws Exception {
        try (DemoSystem system = DemoSystem.start()) {
            CoreRest operator = new CoreRest(system.api(), "admin", "admin");
            String tenant = Poll.until("the demo company", Duration.ofSeconds(60), () -> operator.tenantNamed("Demo Company"));
            String bigTenant = seed(operator, operator.get("tenants/" + tenant).get("resellerId").asText());
            System.out.printf(Locale.ROOT, "%d cores, %s, UI options: %s%n", Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.vm.version"), System.getenv("CENTRALA_UI_OPTS"));
            try (Browser browser = new Browser(system.ui(), system.workDirectory())) {
                firstPage(browser);
                longList(browser, system, bigTenant);
                memory(browser, system, bigTenant);
            }
            system.stop();
        }
    }

    private static void firstPage(Browser browser) {
        List<Long> millis = new ArrayList<>();
        for (int run = 0; run <= SIGN_INS; run++) {
            browser.go("signin");
            browser.type("username", "demo-admin@demo");
            browser.type("password", "demo-password");
            long start = System.nanoTime();
            browser.click("sign-in");
            browser.byId("welcome");
            long took = (System.nanoTime() - start) / 1_000_000;
            if (run > 0) { // the first warms the JVMs up
                millis.add(took);
            }
            browser.clearCookies();
        }
        Collections.sort(millis);
        System.out.printf(Locale.ROOT, "first page after sign-in (%d runs): median %d ms, max %d ms%n", millis.size(),
                millis.get(millis.size() / 2), millis.get(millis.size() - 1));
    }

    private static void longList(Browser browser, DemoSystem system, String tenant) throws IOException {
        browser.signIn("admin", "admin");
        long fetchedBefore = rowsFetched(system);
        long start = System.nanoTime();
        browser.go("tenants/" + tenant + "/users");
        browser.waitForCell("users", "Bench User 00000");
        long first = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        browser.script("document.getElementById('users').scrollToIndex(5000)");
        browser.waitForCell("users", "Bench User 05000");
        long middle = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        browser.script("document.getElementById('users').scrollToIndex(9999)");
        browser.waitForCell("users", "Bench User 09999");
        long last = (System.nanoTime() - start) / 1_000_000;
        long fetched = rowsFetched(system) - fetchedBefore;
        System.out.printf(Locale.ROOT, "%d users: first rows %d ms, row 5,000 %d ms, last rows %d ms; rows fetched from the core: %d%n",
                USERS, first, middle, last, fetched);
        browser.clearCookies();
    }

    private static void memory(Browser browser, DemoSystem system, String tenant) throws IOException {
        long pid = uiPid();
        System.out.printf(Locale.ROOT, "UI resident memory before: %d MB%n", rssMegabytes(pid));
        for (int user = 0; user < SESSIONS; user++) {
            browser.signIn("admin", "admin");
            browser.go("tenants/" + tenant + "/users");
            browser.waitForCell("users", "Bench User 00000");
            browser.clearCookies(); // the server keeps the session; the next sign-in is another user's
        }
        System.out.printf(Locale.ROOT, "UI resident memory with %d sessions signed in, each on a list of %d users: %d MB%n",
                SESSIONS, USERS, rssMegabytes(pid));
    }

    /** A tenant of 10,000 back-office users, created over REST by four clients. */
    private static String seed(CoreRest operator, String reseller) throws InterruptedException {
        String tenant = operator.post("tenants", "{\"resellerId\":\"" + reseller + "\",\"name\":\"Bench Company " + System.nanoTime()
                + "\",\"pbx\":{\"host\":\"127.0.0.1\",\"amiPort\":5038,\"amiUser\":\"c\",\"amiSecret\":\"s\",\"dialplanContext\":\"bench"
                + (System.nanoTime() % 100000) + "\"}}").get("id").asText();
        AtomicInteger next = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        long start = System.nanoTime();
        for (int c = 0; c < 4; c++) {
            clients.execute(() -> {
                for (int n = next.getAndIncrement(); n < USERS; n = next.getAndIncrement()) {
                    operator.post("tenants/" + tenant + "/users", String.format(Locale.ROOT,
                            "{\"type\":\"BACK_OFFICE\",\"displayName\":\"Bench User %05d\"}", n));
                }
            });
        }
        clients.shutdown();
        clients.awaitTermination(30, TimeUnit.MINUTES);
        System.out.printf(Locale.ROOT, "seeded %d users in %d s%n", USERS, (System.nanoTime() - start) / 1_000_000_000);
        return tenant;
    }

    /** Rows the UI's lazily paged grids asked the core for, from its debug log of pages fetched. */
    private static long rowsFetched(DemoSystem system) throws IOException {
        try (var lines = Files.lines(system.uiLog())) {
            return lines.filter(line -> line.contains("Page fetched:")).mapToLong(line -> Long.parseLong(line.replaceAll(".*rows=(\\d+).*", "$1"))).sum();
        }
    }

    static long uiPid() {
        return ProcessHandle.allProcesses().filter(p -> p.info().commandLine().orElse("").contains("org.centrala.ui.UiServer"))
                .mapToLong(ProcessHandle::pid).max().orElseThrow(() -> new IllegalStateException("no web UI process"));
    }

    static long rssMegabytes(long pid) throws IOException {
        return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream().filter(line -> line.startsWith("VmRSS:"))
                .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", ""))).findFirst().orElse(-1) / 1024;
    }
}
