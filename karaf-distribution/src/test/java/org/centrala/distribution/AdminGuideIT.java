package org.centrala.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Issue 9, item 9: docs/admin-guide.md runs as written. Every command of it, from its first section
 * to its last, runs in order against the distribution started with {@code bin/demo} (the guide's
 * node: admin/admin, and the demo tenant of its last section), and each answer is compared with
 * what the guide shows: the status, and every field whose value it shows in full (ids and instants
 * that it shortens or that differ on every run are not compared). See {@link GuideScript} for the
 * conventions that make the guide a script.
 */
public class AdminGuideIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LEAF = Pattern.compile(
            "\"(\\w+)\"\\s*:\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|-?\\d+(?:\\.\\d+)?|true|false|null|\\[[^\\[\\]{}]*])");
    /** Texts whose start the guide shows when it shortens them. */
    private static final java.util.Set<String> TEXTS = java.util.Set.of("detail", "message", "description");
    private static final Pattern ASSIGNMENT = Pattern.compile("^([A-Z_][A-Z0-9_]*)=(.*)$", Pattern.DOTALL);
    /** A problem document the guide shows: its status is the answer's. */
    private static final Pattern PROBLEM_STATUS = Pattern.compile("^\\s*\\{[^{]*?\"status\"\\s*:\\s*([45]\\d\\d)");
    private static final Pattern INDEXED = Pattern.compile("(\\w+)\\[(\\d+)]");
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT.*");

    private KarafProcess karaf;
    /** Fields compared, and refusals the guide shows: so that a guide the test stopped reading cannot pass. */
    private int fieldsCompared;
    private int refusalsCompared;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Before
    public void startTheDemo() throws Exception {
        karaf = KarafProcess.unpack(KarafProcess.distribution(), Path.of("target/guide-it", UUID.randomUUID().toString()).toAbsolutePath());
        // The guide closes the previous month itself (section 7): no month closes by itself here,
        // whatever day of the month the build runs on.
        Path billing = karaf.home().resolve("etc/org.centrala.licensing.cfg");
        Files.writeString(billing, Files.readString(billing).replaceAll("(?m)^closeAfterDays\\s*=.*$", "closeAfterDays = 0"));
        assertThat(Files.readString(billing)).contains("closeAfterDays = 0");
        karaf.startDemo();
        Api anonymous = new Api(karaf.httpPort(), null);
        karaf.awaitReady(Duration.ofSeconds(120));
        Api demoAdmin = anonymous.as(Api.basic("demo-admin@demo", "demo-password"));
        String demoTenant = Poll.until("the demo's administrator", Duration.ofSeconds(60),
                () -> demoAdmin.get("/api/v1/me").status() == 200 ? demoAdmin.get("/api/v1/me").json().at("/tenant/id").asText() : null);
        Poll.until("the demo tenant's PBX link", Duration.ofSeconds(60),
                () -> demoAdmin.get("/api/v1/tenants/" + demoTenant + "/pbx/link").status() == 200);
        // Section 9 shows a call of the demo company: one has ended before the guide gets there.
        Poll.until("a call of the demo company", Duration.ofSeconds(120),
                () -> demoAdmin.get("/api/v1/tenants/" + demoTenant + "/calls?size=1").json().get("total").asInt() > 0);
    }

    @After
    public void stop() {
        karaf.close();
    }

    @Test
    public void everyExampleOfTheAdminGuideAnswersAsShown() throws Exception {
        Path guide = Path.of(System.getProperty("centrala.admin.guide", "../docs/admin-guide.md"));
        List<GuideScript.Step> steps = GuideScript.parse(Files.readAllLines(guide));
        assertThat(steps).as("commands in the guide").hasSizeGreaterThan(60);
        GuideShell shell = new GuideShell();
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (GuideScript.Step step : steps) {
            try {
                requests += run(shell, step) ? 1 : 0;
            } catch (AssertionError | RuntimeException e) {
                failures.add(step + "\n    " + e.getMessage());
            }
        }
        assertThat(failures).as("examples that do not answer as the guide shows").isEmpty();
        assertThat(requests).as("requests made").isGreaterThan(60);
        assertThat(fieldsCompared).as("fields compared").isGreaterThan(150);
        assertThat(refusalsCompared).as("refusals compared").isGreaterThanOrEqualTo(10);
        assertThat(karaf.errorLines()).as("ERROR lines while the guide ran").isEmpty();
    }

    /** @return whether it made a request */
    private boolean run(GuideShell shell, GuideScript.Step step) throws Exception {
        String text = step.text;
        Matcher assignment = ASSIGNMENT.matcher(text);
        if (assignment.matches()) {
            String value = assignment.group(2).strip();
            if (value.startsWith("$(") && value.endsWith(")")) {
                String inner = value.substring(2, value.length() - 1);
                String[] pipe = inner.split("\\|\\s*jq -r ", 2);
                Answer answer = curl(shell, pipe[0], step);
                shell.set(assignment.group(1), field(answer.json, pipe.length > 1 ? pipe[1].strip() : ".id"));
                check(step, shell, answer);
                return true;
            }
            List<String> words = shell.words(value);
            String setting = words.isEmpty() ? "" : words.get(0);
            shell.set(assignment.group(1), assignment.group(1).equals("API") ? setting.replace("127.0.0.1:8181", "127.0.0.1:" + karaf.httpPort())
                    : setting);
            return false;
        }
        if (!text.startsWith("curl ")) {
            throw new AssertionError("not a command the guide's test knows: " + text);
        }
        Answer answer = curl(shell, text, step);
        if (step.captureName != null && answer.status < 300) {
            shell.set(step.captureName, field(answer.json, step.capturePath));
        }
        check(step, shell, answer);
        return true;
    }

    private record Answer(int status, String body, JsonNode json) {
    }

    private Answer curl(GuideShell shell, String command, GuideScript.Step step) throws Exception {
        List<String> words = shell.words(shell.months(command, step.monthShift));
        String method = null;
        String data = null;
        String user = null;
        String url = null;
        HttpRequest.Builder request = HttpRequest.newBuilder().timeout(Duration.ofSeconds(30));
        for (Iterator<String> it = words.subList(1, words.size()).iterator(); it.hasNext();) {
            String word = it.next();
            switch (word) {
                case "-s" -> { }
                case "-u" -> user = it.next();
                case "-H" -> {
                    String[] header = it.next().split(":\\s*", 2);
                    request.header(header[0], header[1]);
                }
                case "-d" -> data = it.next();
                case "-X" -> method = it.next();
                case ">" -> it.next(); // the answer goes to a file in the guide; here it is compared
                default -> {
                    if (word.startsWith("-")) {
                        throw new AssertionError("a curl option the guide's test does not know: " + word);
                    }
                    url = word;
                }
            }
        }
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8)));
        }
        method = method != null ? method : data != null ? "POST" : "GET";
        request.uri(URI.create(url)).method(method, data == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(data));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode json = null;
        if (response.headers().firstValue("Content-Type").orElse("").contains("json") && !response.body().isBlank()) {
            json = JSON.readTree(response.body());
        }
        return new Answer(response.statusCode(), response.body(), json);
    }

    private void check(GuideScript.Step step, GuideShell shell, Answer answer) {
        int status = answer.status;
        String body = answer.body;
        JsonNode json = answer.json;
        Integer expected = step.status;
        for (String shown : step.expected) {
            Matcher problem = PROBLEM_STATUS.matcher(shown);
            if (expected == null && problem.find()) {
                expected = Integer.valueOf(problem.group(1));
            }
        }
        String said = body.length() > 400 ? body.substring(0, 400) + "…" : body;
        if (expected != null) {
            assertThat(status).as("status (answer: " + said + ")").isEqualTo(expected);
            refusalsCompared += expected >= 400 ? 1 : 0;
        } else {
            assertThat(status).as("a success (answer: " + said + ")").isBetween(200, 299);
        }
        if (step.monthShift != 0) {
            return; // steps of the guide's next month: what they answer depends on a month this run cannot wait for
        }
        for (String shown : step.expected) {
            Matcher leaf = LEAF.matcher(shell.months(shown, 0));
            while (leaf.find()) {
                String key = leaf.group(1);
                String value = leaf.group(2);
                if (TEXTS.contains(key) && value.endsWith("…\"") && value.indexOf('…') == value.length() - 2) {
                    assertThat(json).as("a JSON answer holding \"" + key + "\" (answer: " + said + ")").isNotNull();
                    String start = value.substring(1, value.length() - 2);
                    assertThat(json.findValuesAsText(key)).as("\"" + key + "\" starting " + start + " (answer: " + said + ")")
                            .anyMatch(text -> text.startsWith(start));
                    fieldsCompared++;
                    continue; // a message the guide shortens: its start is compared
                }
                if (value.contains("…") || value.contains("...") || INSTANT.matcher(value.replace("\"", "")).matches()) {
                    continue; // shortened, or different on every run
                }
                assertThat(json).as("a JSON answer holding \"" + key + "\" (answer: " + said + ")").isNotNull();
                assertThat(holds(json, key, value)).as("\"" + key + "\":" + value + " (answer: " + said + ")").isTrue();
                fieldsCompared++;
            }
        }
    }

    /** Whether the answer has the field with that value anywhere in it. */
    private static boolean holds(JsonNode node, String key, String shown) {
        if (node.isObject()) {
            JsonNode value = node.get(key);
            if (value != null && same(value, shown)) {
                return true;
            }
            if (value == null && shown.equals("null")) {
                return true;
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
                if (holds(fields.next().getValue(), key, shown)) {
                    return true;
                }
            }
        } else if (node.isArray()) {
            for (JsonNode item : node) {
                if (holds(item, key, shown)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean same(JsonNode value, String shown) {
        try {
            JsonNode expected = JSON.readTree(shown);
            if (expected.isNumber() && value.isNumber()) {
                return new BigDecimal(expected.asText()).compareTo(new BigDecimal(value.asText())) == 0;
            }
            if (expected.isArray() && value.isArray()) {
                List<JsonNode> want = new ArrayList<>();
                expected.forEach(want::add);
                List<JsonNode> have = new ArrayList<>();
                value.forEach(have::add);
                return have.size() == want.size() && have.containsAll(want);
            }
            return expected.equals(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return false;
        }
    }

    /** {@code .id}, {@code .device.id}, {@code .items[0].id}: a field of the answer, as jq reads it. */
    private static String field(JsonNode answer, String path) {
        assertThat(answer).as("a JSON answer to take " + path + " from").isNotNull();
        JsonNode node = answer;
        for (String part : path.substring(1).split("\\.")) {
            Matcher indexed = INDEXED.matcher(part);
            node = indexed.matches() ? node.path(indexed.group(1)).path(Integer.parseInt(indexed.group(2))) : node.path(part);
        }
        assertThat(node.isMissingNode() || node.isNull()).as(path + " in " + answer).isFalse();
        return node.asText();
    }
}
