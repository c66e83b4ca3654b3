package org.centrala.distribution;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Waits for the container to be ready, as an orchestrator would: {@code /api/v1/health/ready}; before
 * each test, since the classes share one node (NodeSuiteIT) and one may have restarted a bundle last.
 * A ready node answers at once. If it never comes up, every later test of the suite fails at once with
 * the first failure instead of waiting out its own timeout.
 */
final class Readiness {
    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final int LOG_LINES = 12;

    private static AssertionError failure;

    private Readiness() {
    }

    static synchronized void await(Api api) {
        if (failure != null) {
            throw new AssertionError("the container never became ready: " + failure.getMessage());
        }
        // Ready means the database, REST, SOAP and every Centrala bundle are up (issue 8, item 5).
        Api anonymous = api.as(null);
        try {
            Poll.until("the node's readiness", PATIENCE, () -> anonymous.get("/api/v1/health/ready").status() == 200);
        } catch (AssertionError e) {
            // One line that says why: a build log shows a failure's first line and little else, and
            // Pax Exam reports only the innermost cause of what a test throws, so none is chained.
            String data = System.getProperty("karaf.data");
            failure = new AssertionError("not ready after " + PATIENCE.toSeconds() + " s; "
                    + (data == null ? whatWasDown(anonymous) + " (no karaf.data)" : whyNotReady(anonymous, Path.of(data, "log", "karaf.log"))));
            throw failure;
        }
    }

    /** What the health report says is down, the log's last warnings and the first error's causes, in one line. */
    static String whyNotReady(Api anonymous, Path karafLog) {
        return whatWasDown(anonymous) + "; the log's last warnings: " + lastWarnings(karafLog) + "; the first error's causes: "
                + firstErrorCauses(karafLog);
    }

    private static String whatWasDown(Api anonymous) {
        try {
            Api.Answer answer = anonymous.get("/api/v1/health/ready");
            if (!answer.contentType().startsWith("application/json")) {
                return "health answered " + answer.status() + " " + answer.contentType() + ": " + oneLine(answer.body(), 300);
            }
            List<String> down = new ArrayList<>();
            for (JsonNode part : answer.json().path("parts")) {
                if (!part.path("up").asBoolean()) {
                    down.add(part.path("name").asText() + " (" + part.path("detail").asText() + ")");
                }
            }
            return "health answered " + answer.status() + ", down: " + (down.isEmpty() ? "nothing" : String.join(", ", down));
        } catch (RuntimeException | AssertionError e) {
            return "health did not answer: " + e;
        }
    }

    private static String lastWarnings(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            List<String> warnings = lines.stream().filter(line -> line.contains("| WARN ") || line.contains("| ERROR ")).collect(Collectors.toList());
            return warnings.subList(Math.max(0, warnings.size() - LOG_LINES), warnings.size()).stream()
                    .map(line -> oneLine(line, 240)).collect(Collectors.joining(" || "));
        } catch (IOException e) {
            return "(log not read: " + e.getMessage() + ")";
        }
    }

    /** The "Caused by" lines under the log's first ERROR: what the warnings' one-line summaries cut off. */
    private static String firstErrorCauses(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            int first = 0;
            while (first < lines.size() && !lines.get(first).contains("| ERROR ")) {
                first++;
            }
            return lines.subList(Math.min(first, lines.size()), lines.size()).stream().skip(1)
                    // Stack frames out; a MultiException's own lines ("\tCould not start bundle ...") and causes in.
                    .takeWhile(line -> !line.contains(" | ")).filter(line -> !line.trim().startsWith("at ")
                            && !line.trim().startsWith("... "))
                    .limit(10).map(line -> oneLine(line, 300)).collect(Collectors.joining(" || "));
        } catch (IOException e) {
            return "(log not read: " + e.getMessage() + ")";
        }
    }

    private static String oneLine(String text, int limit) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() <= limit ? flat : flat.substring(0, limit) + "…";
    }
}
