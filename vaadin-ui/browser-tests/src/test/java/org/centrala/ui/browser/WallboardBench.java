package org.centrala.ui.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.centrala.distribution.Poll;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The wallboard's benchmark (issue 12; docs/benchmarks.md), not a test: README command 1's system
 * (bin/demo) with the demo's traffic sped up, and supervisors' wallboards open in Debian's headless
 * Chromium, each signed in on a session of its own. It measures, for every queue call counted
 * while it runs and every open wallboard, the time from the PBX's event that made it count (its AMI
 * timestamp, which the core's {@code statistics.updated} carries as {@code at}) to the wallboard's
 * tile of that queue showing the new count (a MutationObserver's clock in the browser; the same
 * machine's clock). Every queue visit counts, abandoned calls too.
 * <p>
 * Arguments: wallboards, speed-up of the demo's traffic, seconds of warm-up, seconds measured.
 */
public final class WallboardBench {
    private static final double DEMO_TIME_SCALE = 0.2;
    private static final String SUPERVISOR = "demo-supervisor@demo";
    private static final String PASSWORD = "demo-password";

    private WallboardBench() {
    }

    public static void main(String[] args) throws Exception {
        int wallboards = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int speed = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 60;
        try (DemoSystem system = DemoSystem.start(home -> {
            Path demo = home.resolve("etc/org.centrala.demo.cfg");
            Files.writeString(demo, Files.readString(demo).replaceAll("(?m)^timeScale\\s*=.*$", "timeScale = " + DEMO_TIME_SCALE / speed));
        })) {
            CoreRest supervisor = new CoreRest(system.api(), SUPERVISOR, PASSWORD);
            String tenant = Poll.until("the demo company", Duration.ofSeconds(120), () -> {
                JsonNode me = supervisor.get("me");
                return me.hasNonNull("tenant") ? me.at("/tenant/id").asText() : null;
            });
            // R18: the supervisor's wallboard has a tile for each queue of its departments, as its REST read lists them.
            Map<String, String> tileByPbxName = new HashMap<>();
            for (JsonNode queue : supervisor.get("tenants/" + tenant + "/queues?size=100").get("items")) {
                tileByPbxName.put(queue.get("pbxName").asText(), "tile-" + queue.get("id").asText());
            }
            System.out.printf(Locale.ROOT, "%d wallboards of %s (queues %s), demo traffic x%d (time scale %s), %d cores, %s%n",
                    wallboards, SUPERVISOR, tileByPbxName.keySet(), speed, DEMO_TIME_SCALE / speed,
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.version"));

            List<Browser> browsers = new ArrayList<>();
            try {
                for (int i = 0; i < wallboards; i++) {
                    Browser browser = new Browser(system.ui(), system.workDirectory());
                    browsers.add(browser);
                    browser.signIn(SUPERVISOR, PASSWORD);
                    browser.go("tenants/" + tenant + "/wallboard");
                    for (String tile : tileByPbxName.values()) {
                        Poll.until("the tile " + tile, Duration.ofSeconds(60), () -> browser.present(tile));
                    }
                }
                Poll.through(Duration.ofSeconds(warmUp));
                measure(supervisor, tenant, tileByPbxName, browsers, seconds);
            } finally {
                browsers.forEach(Browser::close);
            }
            system.stop();
        }
    }

    private static void measure(CoreRest supervisor, String tenant, Map<String, String> tileByPbxName, List<Browser> browsers,
                                int seconds) throws Exception {
        // Each tile's offered calls now, and each change from now on with the browser's time of it.
        List<Map<String, Long>> before = new ArrayList<>();
        for (Browser browser : browsers) {
            browser.script("window.__changes = [];"
                    + " for (const id of arguments[0]) { const tile = document.getElementById(id);"
                    + " new MutationObserver(() => window.__changes.push([id, Number(tile.getAttribute('data-offered')), Date.now()]))"
                    + ".observe(tile, {attributes: true, attributeFilter: ['data-offered']}); }", new ArrayList<>(tileByPbxName.values()));
            Map<String, Long> offered = new HashMap<>();
            for (String tile : tileByPbxName.values()) {
                offered.put(tile, Long.parseLong(browser.byId(tile).getAttribute("data-offered")));
            }
            before.add(offered);
        }
        List<Long> delays = new ArrayList<>();
        List<Long> toStream = new ArrayList<>();
        // Each queue's offered count as the core counted it, with the AMI time of the event that made it (the call's
        // hang-up): the first update that told each count.
        Map<String, Map<Long, Long>> countedAt = new HashMap<>();
        try (CoreRest.Events events = supervisor.events("tenants/" + tenant + "/events?types=statistics.updated")) {
            Poll.through(Duration.ofSeconds(seconds));
            for (CoreRest.Events.Received update : events.of("statistics.updated")) {
                JsonNode data = update.data();
                String tile = "tile-" + data.path("subjectId").asText();
                if ("queue".equals(data.path("subject").asText()) && tileByPbxName.containsValue(tile)) {
                    long at = Instant.parse(data.get("at").asText()).toEpochMilli();
                    if (countedAt.computeIfAbsent(tile, t -> new HashMap<>()).putIfAbsent(data.at("/today/offered").asLong(), at) == null) {
                        toStream.add(update.atMillis() - at);
                    }
                }
            }
        }
        // The last counts reach the wallboards.
        Poll.until("every wallboard showing the last counts", Duration.ofSeconds(30), () -> browsers.stream().allMatch(browser ->
                countedAt.entrySet().stream().allMatch(tile -> Long.parseLong(browser.byId(tile.getKey()).getAttribute("data-offered"))
                        >= java.util.Collections.max(tile.getValue().keySet()))));
        int counted = 0;
        for (int b = 0; b < browsers.size(); b++) {
            @SuppressWarnings("unchecked")
            List<List<Object>> changes = (List<List<Object>>) browsers.get(b).script("return window.__changes;");
            for (Map.Entry<String, Map<Long, Long>> tile : countedAt.entrySet()) {
                long base = before.get(b).get(tile.getKey());
                for (Map.Entry<Long, Long> count : tile.getValue().entrySet()) {
                    if (count.getKey() <= base) {
                        continue; // shown before the observer was there
                    }
                    counted += b == 0 ? 1 : 0;
                    long shown = shownAt(changes, tile.getKey(), count.getKey());
                    if (shown < 0) {
                        System.out.printf(Locale.ROOT, "wallboard %d never showed %d offered on %s%n", b, count.getKey(), tile.getKey());
                        continue;
                    }
                    delays.add(shown - count.getValue());
                }
            }
        }
        Collections.sort(delays);
        Collections.sort(toStream);
        System.out.printf(Locale.ROOT, "event to a stream client of the core (statistics.updated): p50 %d ms, p95 %d ms, max %d ms%n",
                pct(toStream, 0.50), pct(toStream, 0.95), toStream.get(toStream.size() - 1));
        System.out.printf(Locale.ROOT, "%d queue calls counted in %d s, %d changes seen on %d wallboards: p50 %d ms, p90 %d ms, p95 %d ms,"
                        + " p99 %d ms, max %d ms; UI resident memory %s%n", counted, seconds, delays.size(), browsers.size(),
                pct(delays, 0.50), pct(delays, 0.90), pct(delays, 0.95), pct(delays, 0.99), delays.get(delays.size() - 1),
                uiMemory());
    }

    /** When the tile first showed at least that many offered calls, or -1. */
    private static long shownAt(List<List<Object>> changes, String tile, long offered) {
        return changes.stream().filter(c -> tile.equals(c.get(0)) && ((Number) c.get(1)).longValue() >= offered)
                .mapToLong(c -> ((Number) c.get(2)).longValue()).min().orElse(-1);
    }

    private static long pct(List<Long> sorted, double q) {
        return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(q * sorted.size())));
    }

    private static String uiMemory() {
        try {
            return UiBench.rssMegabytes(UiBench.uiPid()) + " MB";
        } catch (java.io.IOException | IllegalStateException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }
}
