package org.centrala.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import org.centrala.distribution.Api.Answer;
import org.centrala.testpbx.TestPbx;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.ops4j.pax.exam.util.Filter;

/**
 * Issue 12, item 2 (R6, R8, R18), on the real distribution, the test PBX over real AMI and real
 * HTTP: a scripted day of queue calls and agent states, whose live figures and historical report
 * agree to the call and to the millisecond, each reader seeing its scope only.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class StatisticsIT {
    /** The figures a live subject and a report row share, all of which must agree. */
    private static final List<String> FIGURES = List.of("offered", "answered", "answeredWithinServiceLevel", "abandoned", "timedOut",
            "serviceLevelPercent", "averageSpeedOfAnswerSeconds", "averageHandleTimeSeconds", "abandonRatePercent", "longestWaitSeconds",
            "averageAbandonWaitSeconds", "talkSeconds", "loggedInSeconds", "availableSeconds", "ringingSeconds", "onCallSeconds",
            "wrapUpSeconds", "pausedSeconds");

    @Inject
    @Filter(timeout = 120_000)
    private TestPbx pbx;

    @Inject
    private org.osgi.framework.BundleContext bundleContext;

    private Api api;

    @Configuration
    public Option[] config() {
        return CentralaContainer.options();
    }

    @Before
    public void waitForApi() {
        api = new Api(Integer.getInteger(CentralaContainer.HTTP_PORT_PROPERTY));
        Readiness.await(api);
    }

    @Test
    public void aScriptedDaysLiveFiguresAndHistoricalReportAgreeToTheCallEachReaderInItsScope() throws Exception {
        PbxTenant t = new PbxTenant(api, pbx);
        Api admin = t.admin();
        String care = api.id(api.post(t.path("/departments"), "{\"name\":\"Care\",\"countryCode\":\"RS\"}"));
        PbxTenant.Login ana = t.login("ana", t.department, "[]");
        PbxTenant.Device desk = t.sipDevice("Ana's desk", ana.id());
        pbx.register(desk.sip);
        t.awaitLinkConnected();
        PbxTenant.Login salesSupervisor = t.login("sup", t.department, "[\"SUPERVISOR\"]");
        PbxTenant.Login careSupervisor = t.login("care", care, "[\"SUPERVISOR\"]");
        JsonNode support = created(admin.post(t.path("/queues"), "{\"departmentId\":\"" + t.department + "\",\"name\":\"Support\","
                + "\"serviceLevelSeconds\":20,\"wrapUpSeconds\":1,\"members\":[{\"userId\":\"" + ana.id() + "\",\"penalty\":0}]}"));
        JsonNode careLine = created(admin.post(t.path("/queues"), "{\"departmentId\":\"" + care + "\",\"name\":\"Care line\","
                + "\"serviceLevelSeconds\":1,\"wrapUpSeconds\":1,\"members\":[{\"userId\":\"" + ana.id() + "\",\"penalty\":0}]}"));
        pbx.queue(support.get("pbxName").asText());
        pbx.queue(careLine.get("pbxName").asText());
        SseClient salesStream = SseClient.open(salesSupervisor.api(), t.path("/events?types=statistics.updated"));
        SseClient careStream = SseClient.open(careSupervisor.api(), t.path("/events?types=statistics.updated"));
        SseClient anaStream = SseClient.open(ana.api(), t.path("/events?types=statistics.updated"));
        assertThat(ok(ana.api().post(t.path("/agents/" + ana.id() + "/log-in"), "")).get("state").asText()).isEqualTo("AVAILABLE");

        // The day: Support answered at once (within its 20 s); Care line answered after 3 s of ringing (outside
        // its 1 s); Ana pauses and a Support caller gives up; Ana resumes, then logs out.
        String first = answered(t, ana, desk, support, 0.005);
        String slow = answered(t, ana, desk, careLine, 1.0);
        awaitAvailable(t, ana);
        assertThat(ok(ana.api().post(t.path("/agents/" + ana.id() + "/pause"), "{\"reason\":\"Lunch\"}")).get("state").asText())
                .isEqualTo("PAUSED");
        TestPbx.CallRun gaveUp = pbx.memberQueueCall("+381111000703", t.context, support.get("pbxName").asText(), desk.sip,
                Duration.ofSeconds(20), Duration.ofSeconds(1));
        gaveUp.finished().get(30, TimeUnit.SECONDS);
        assertThat(t.awaitCall(gaveUp.linkedId()).get("disposition").asText()).isEqualTo("ABANDONED");
        // Resumed: available, or first the rest of a wrap-up when the PBX reported the caller's visit late (seen once in a full run).
        assertThat(ok(ana.api().post(t.path("/agents/" + ana.id() + "/resume"), "")).get("state").asText()).isIn("AVAILABLE", "WRAP_UP");
        awaitAvailable(t, ana);
        assertThat(ok(ana.api().post(t.path("/agents/" + ana.id() + "/log-out"), "")).get("state").asText()).isEqualTo("LOGGED_OUT");
        t.awaitCall(first);
        t.awaitCall(slow);

        // Live: the calls once ended, agents' times once their states ended (Ana logged out: all of them).
        JsonNode live = poll(admin, t, "/statistics/live", "three calls and Ana's ended states counted",
                now -> now.at("/tenant/offered").asLong() == 3 && agent(now, ana.id()).at("/today/loggedInSeconds").asDouble() > 0
                        && agent(now, ana.id()).at("/today/pausedSeconds").asDouble() > 0);
        JsonNode supportNow = queue(live, support.get("id").asText());
        assertThat(supportNow.at("/today/offered").asLong()).isEqualTo(2);
        assertThat(supportNow.at("/today/answered").asLong()).isEqualTo(1);
        assertThat(supportNow.at("/today/answeredWithinServiceLevel").asLong()).isEqualTo(1);
        assertThat(supportNow.at("/today/abandoned").asLong()).isEqualTo(1);
        assertThat(supportNow.at("/today/abandonRatePercent").asDouble()).isEqualTo(50.0);
        assertThat(supportNow.get("waiting").asInt()).isZero();
        JsonNode careNow = queue(live, careLine.get("id").asText());
        assertThat(careNow.at("/today/answered").asLong()).isEqualTo(1);
        assertThat(careNow.at("/today/answeredWithinServiceLevel").asLong()).as("3 s of ringing is outside 1 s").isZero();
        assertThat(careNow.at("/today/averageSpeedOfAnswerSeconds").asDouble()).isGreaterThan(1.0);
        JsonNode anaNow = agent(live, ana.id());
        assertThat(anaNow.get("state").asText()).isEqualTo("LOGGED_OUT");
        assertThat(anaNow.at("/today/answered").asLong()).isEqualTo(2);
        assertThat(anaNow.at("/today/offered").asLong()).as("agents answer calls; queues are offered them").isZero();
        assertThat(anaNow.at("/today/onCallSeconds").asDouble()).isGreaterThan(0);
        assertThat(anaNow.at("/today/wrapUpSeconds").asDouble()).isGreaterThan(0);
        assertThat(live.at("/tenant/answered").asLong()).isEqualTo(2);

        // The event stream tells each reader of the figures it may read (R18): the supervisors their
        // departments' queues, Ana her own figures; the tenant's total nobody of them.
        Poll.until("Support's last figures on the sales supervisor's stream", Duration.ofSeconds(10), () -> salesStream.all("statistics.updated")
                .stream().anyMatch(e -> e.get("subjectId").asText().equals(support.get("id").asText()) && e.at("/today/offered").asLong() == 2));
        assertThat(salesStream.all("statistics.updated")).extracting(e -> e.get("subject").asText()).doesNotContain("tenant")
                .contains("queue", "department", "agent");
        assertThat(salesStream.all("statistics.updated")).filteredOn(e -> e.get("subject").asText().equals("queue"))
                .allMatch(e -> e.get("subjectId").asText().equals(support.get("id").asText()));
        assertThat(salesStream.all("statistics.updated")).as("a caller waiting is told as it joins")
                .filteredOn(e -> e.get("subject").asText().equals("queue")).anyMatch(e -> e.get("waiting").asInt() == 1);
        Poll.until("Care line on the care supervisor's stream", Duration.ofSeconds(10), () -> careStream.all("statistics.updated").stream()
                .anyMatch(e -> e.get("subjectId").asText().equals(careLine.get("id").asText())));
        assertThat(careStream.all("statistics.updated")).noneMatch(e -> e.get("subjectId").asText().equals(support.get("id").asText())
                || e.get("subjectId").asText().equals(ana.id()));
        Poll.until("Ana's own figures on her stream", Duration.ofSeconds(10), () -> anaStream.all("statistics.updated").stream()
                .anyMatch(e -> e.get("subjectId").asText().equals(ana.id())));
        assertThat(anaStream.all("statistics.updated")).allMatch(e -> e.get("subjectId").asText().equals(ana.id()));
        salesStream.close();
        careStream.close();
        anaStream.close();

        // Historical: the same numbers, from the roll-ups.
        String day = live.get("day").asText();
        assertAgrees(live.get("tenant"), report(admin, t, "tenant", "day", day, null));
        assertAgrees(supportNow.get("today"), report(admin, t, "queue", "day", day, support.get("id").asText()));
        assertAgrees(careNow.get("today"), report(admin, t, "queue", "day", day, careLine.get("id").asText()));
        assertAgrees(anaNow.get("today"), report(admin, t, "agent", "day", day, ana.id()));
        assertAgrees(department(live, care).get("today"), report(admin, t, "department", "day", day, care));
        long quarters = 0;
        for (JsonNode row : ok(admin.get(t.path("/statistics/report?by=tenant&interval=quarter&from=" + day))).get("rows")) {
            quarters += row.get("offered").asLong();
        }
        assertThat(quarters).as("the quarters add up to the day").isEqualTo(3);
        JsonNode month = ok(admin.get(t.path("/statistics/report?by=queue&interval=month&from=" + LocalDate.parse(day).withDayOfMonth(1)
                + "&to=" + LocalDate.parse(day).withDayOfMonth(1).plusMonths(1) + "&subjectId=" + support.get("id").asText()))).get("rows");
        assertThat(month).hasSize(1);
        assertThat(month.get(0).get("subjectName").asText()).isEqualTo("Support");
        assertThat(month.get(0).get("offered").asLong()).isEqualTo(2);

        // SOAP: the same report, the same scope (R18).
        Answer soap = admin.soapOf("statistics", "getStatisticsReport", "<t:tenantId>" + t.id + "</t:tenantId><t:by>QUEUE</t:by><t:from>"
                + day + "</t:from><t:subjectId>" + support.get("id").asText() + "</t:subjectId>");
        assertThat(soap.status()).as(soap.body()).isEqualTo(200);
        assertThat(soap.soapText("offered")).isEqualTo("2");
        assertThat(soap.soapText("answeredWithinServiceLevel")).isEqualTo("1");
        assertThat(soap.soapText("subjectName")).isEqualTo("Support");
        assertThat(careSupervisor.api().soapOf("statistics", "getStatisticsReport", "<t:tenantId>" + t.id + "</t:tenantId><t:by>TENANT</t:by>"
                + "<t:from>" + day + "</t:from>").soapText("status")).isEqualTo("403");
        assertThat(admin.soapOf("statistics", "getStatisticsReport", "<t:tenantId>" + t.id + "</t:tenantId><t:by>QUEUE</t:by>")
                .soapText("field")).isEqualTo("from");

        // Downloads have the report's columns.
        Answer csv = admin.get(t.path("/statistics/report?by=queue&from=" + day + "&format=csv"));
        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0).replace("\"", "")).startsWith("periodStart,dimension,subjectId,subjectName,departmentId,offered,answered,"
                + "answeredWithinServiceLevel,abandoned,timedOut,");
        assertThat(lines).hasSize(3).anyMatch(line -> line.contains(",Support,") && line.contains(",2,1,1,1,0,"));
        Answer xlsx = admin.get(t.path("/statistics/report?by=agent&from=" + day + "&format=xlsx"));
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.body()).startsWith("PK");

        // R18: each supervisor its department's queue, agents and department, and no tenant total.
        JsonNode salesView = ok(salesSupervisor.api().get(t.path("/statistics/live")));
        assertThat(salesView.has("tenant") && !salesView.get("tenant").isNull()).isFalse();
        assertThat(ids(salesView.get("queues"), "queueId")).containsExactly(support.get("id").asText());
        assertThat(ids(salesView.get("departments"), "departmentId")).containsExactly(t.department);
        assertThat(ids(salesView.get("agents"), "userId")).contains(ana.id());
        JsonNode careView = ok(careSupervisor.api().get(t.path("/statistics/live")));
        assertThat(ids(careView.get("queues"), "queueId")).containsExactly(careLine.get("id").asText());
        assertThat(ids(careView.get("agents"), "userId")).doesNotContain(ana.id());
        assertThat(ids(ok(careSupervisor.api().get(t.path("/statistics/report?by=queue&from=" + day))).get("rows"), "subjectId"))
                .containsExactly(careLine.get("id").asText());
        assertThat(careSupervisor.api().get(t.path("/statistics/report?by=tenant&from=" + day)).status()).isEqualTo(403);
        assertThat(careSupervisor.api().get(t.path("/statistics/agents/" + ana.id() + "/today")).status()).isEqualTo(404);
        assertThat(ok(ana.api().get(t.path("/statistics/agents/" + ana.id() + "/today"))).at("/today/answered").asLong()).isEqualTo(2);
        assertThat(ana.api().get(t.path("/statistics/live")).status()).as("an agent reads its own figures only").isEqualTo(403);
        PbxTenant other = new PbxTenant(api, pbx);
        assertThat(other.admin().get(t.path("/statistics/live")).status()).as("R1").isEqualTo(404);
        assertThat(ok(other.admin().get(other.path("/statistics/live"))).at("/tenant/offered").asLong()).isZero();

        // Clear answers to mistakes.
        assertThat(field(admin.get(t.path("/statistics/report?from=" + day)))).isEqualTo("by");
        assertThat(field(admin.get(t.path("/statistics/report?by=team&from=" + day)))).isEqualTo("by");
        assertThat(field(admin.get(t.path("/statistics/report?by=queue&interval=week&from=" + day)))).isEqualTo("interval");
        assertThat(field(admin.get(t.path("/statistics/report?by=queue&from=2026-13-01")))).isEqualTo("from");
        assertThat(field(admin.get(t.path("/statistics/report?by=queue&interval=quarter&from=2026-01-01&to=2026-03-01")))).isEqualTo("to");
        assertThat(field(admin.get(t.path("/statistics/report?by=queue&from=" + day + "&format=pdf")))).isEqualTo("format");
        assertThat(admin.get(t.path("/statistics/report?by=queue&from=" + day + "&queue=x")).status()).as("unknown parameter").isEqualTo(400);
        assertThat(field(admin.put(t.path("/statistics-settings"), "{\"timeZone\":\"Mars/Olympus\"}"))).isEqualTo("timeZone");
        // Issue 9, item 2: PATCH with the same rules.
        assertThat(field(admin.patch(t.path("/statistics-settings"), "{\"timeZone\":\"Mars/Olympus\"}", null))).isEqualTo("timeZone");
        assertThat(field(admin.patch(t.path("/statistics-settings"), "{\"zone\":\"UTC\"}", null))).isEqualTo("zone");
        JsonNode patched = ok(admin.patch(t.path("/statistics-settings"), "{\"timeZone\":\"Europe/Vienna\"}", null));
        assertThat(patched.get("timeZone").asText()).isEqualTo("Europe/Vienna");
        assertThat(patched.get("stored").asBoolean()).isTrue();
        assertThat(ok(admin.patch(t.path("/statistics-settings"), "{}", null)).get("timeZone").asText()).isEqualTo("Europe/Vienna");
        String zoneTag = admin.get(t.path("/statistics-settings")).header("ETag");
        assertThat(ok(admin.put(t.path("/statistics-settings"), "{\"timeZone\":\"Europe/Paris\"}", zoneTag)).get("timeZone").asText())
                .isEqualTo("Europe/Paris");
        assertThat(admin.patch(t.path("/statistics-settings"), "{\"timeZone\":\"Asia/Tokyo\"}", zoneTag).status()).as("a lost update")
                .isEqualTo(412);
        assertThat(ok(admin.delete(t.path("/statistics-settings"))).get("stored").asBoolean()).isFalse();
    }

    @Test
    public void aTenantsTimeZoneCutsItsDaysAndAChangeReCutsThoseCounted() throws Exception {
        PbxTenant t = new PbxTenant(api, pbx);
        Api admin = t.admin();
        assertThat(ok(admin.get(t.path("/statistics-settings"))).get("stored").asBoolean()).isFalse();
        JsonNode queue = created(admin.post(t.path("/queues"), "{\"departmentId\":\"" + t.department + "\",\"name\":\"Orders\"}"));
        pbx.queue(queue.get("pbxName").asText());
        t.awaitLinkConnected();
        TestPbx.CallRun call = pbx.memberQueueCall("+381111000801", t.context, queue.get("pbxName").asText(), null,
                Duration.ofSeconds(10), Duration.ofSeconds(1));
        call.finished().get(30, TimeUnit.SECONDS);
        JsonNode live = poll(admin, t, "/statistics/live", "the call counted", now -> now.at("/tenant/offered").asLong() == 1);

        JsonNode set = ok(admin.put(t.path("/statistics-settings"), "{\"timeZone\":\"Pacific/Kiritimati\"}"));
        assertThat(set.get("timeZone").asText()).isEqualTo("Pacific/Kiritimati");
        assertThat(set.get("stored").asBoolean()).isTrue();
        JsonNode there = ok(admin.get(t.path("/statistics/live")));
        assertThat(there.get("timeZone").asText()).isEqualTo("Pacific/Kiritimati");
        JsonNode rows = ok(admin.get(t.path("/statistics/report?by=tenant&from=" + LocalDate.parse(there.get("day").asText()).minusDays(1)
                + "&to=" + LocalDate.parse(there.get("day").asText()).plusDays(1)))).get("rows");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("periodStart").asText()).as("midnight at UTC+14").endsWith("T00:00:00+14:00");
        assertThat(rows.get(0).get("offered").asLong()).isEqualTo(1);
        assertThat(rows.get(0).get("abandoned").asLong()).isEqualTo(live.at("/tenant/abandoned").asLong()).isEqualTo(1);
        Answer audit = admin.get(t.path("/audit?action=statistics.settings-changed"));
        assertThat(audit.status()).as(audit.body()).isEqualTo(200);
        assertThat(audit.json().get("items")).hasSize(1);
        assertThat(ok(admin.delete(t.path("/statistics-settings"))).get("stored").asBoolean()).isFalse();
    }

    /**
     * Issue 12, "done when": the statistics and recording bundles are updated (and refreshed, as
     * {@code bundle:update} does) while queue calls run; every call is counted once and every
     * recording indexed once, as the PBX link keeps the ended calls for each consumer while it is away.
     */
    @Test
    public void updatingTheStatisticsAndRecordingBundlesWhileCallsRunLosesNoCallAndDoublesNone() throws Exception {
        PbxTenant t = new PbxTenant(api, pbx);
        Api admin = t.admin();
        JsonNode queue = created(admin.post(t.path("/queues"), "{\"departmentId\":\"" + t.department + "\",\"name\":\"Busy line\"}"));
        pbx.queue(queue.get("pbxName").asText());
        t.awaitLinkConnected();
        List<TestPbx.CallRun> calls = new ArrayList<>();
        for (String bundle : List.of("centrala-statistics", "centrala-recording", "centrala-statistics")) {
            for (int i = 0; i < 4; i++) {
                // Nobody answers: each caller waits 3 s (600 s at the suite's time scale) and gives up.
                calls.add(pbx.memberQueueCall("+38111100090" + calls.size() % 10, t.context, queue.get("pbxName").asText(), null,
                        Duration.ofSeconds(600), Duration.ofSeconds(1)));
            }
            org.osgi.framework.Bundle updated = Bundles.updateAndRefresh(bundleContext, bundle);
            Poll.until(bundle + " active again", Duration.ofSeconds(60), () -> updated.getState() == org.osgi.framework.Bundle.ACTIVE);
        }
        for (TestPbx.CallRun call : calls) {
            call.finished().get(60, TimeUnit.SECONDS);
        }
        JsonNode live = poll(admin, t, "/statistics/live", "all " + calls.size() + " calls counted",
                now -> now.at("/tenant/offered").asLong() >= calls.size());
        assertThat(live.at("/tenant/offered").asLong()).as("each call once").isEqualTo(calls.size());
        assertThat(live.at("/tenant/abandoned").asLong()).isEqualTo(calls.size());
        JsonNode day = report(admin, t, "tenant", "day", live.get("day").asText(), null);
        assertThat(day.get(0).get("offered").asLong()).isEqualTo(calls.size());
        Poll.until("every call's recording indexed", Duration.ofSeconds(30),
                () -> ok(admin.get(t.path("/recordings?size=100"))).get("total").asLong() >= calls.size());
        assertThat(ok(admin.get(t.path("/recordings?size=100"))).get("total").asLong()).as("each recording once").isEqualTo(calls.size());
    }

    /** A queue call Ana's phone answers at the given time scale, once she is available again. */
    private String answered(PbxTenant t, PbxTenant.Login ana, PbxTenant.Device desk, JsonNode queue, double timeScale) throws Exception {
        awaitAvailable(t, ana);
        double before = pbx.timeScale();
        pbx.setTimeScale(timeScale);
        TestPbx.CallRun call;
        try {
            call = pbx.memberQueueCall("+38111100070" + (timeScale < 1 ? "1" : "2"), t.context, queue.get("pbxName").asText(), desk.sip,
                    Duration.ofSeconds(20), Duration.ofSeconds(1));
        } finally {
            pbx.setTimeScale(before);
        }
        call.finished().get(60, TimeUnit.SECONDS);
        return call.linkedId();
    }

    /** After a queue call, the wrap-up (1 s) ends. */
    private static void awaitAvailable(PbxTenant t, PbxTenant.Login ana) {
        Poll.until("Ana available", Duration.ofSeconds(20), () -> ok(ana.api().get(t.path("/agents/" + ana.id()))),
                agent -> "AVAILABLE".equals(agent.get("state").asText()));
    }

    private static void assertAgrees(JsonNode live, JsonNode reportRows) {
        assertThat(reportRows).as("one row of the day").hasSize(1);
        JsonNode row = reportRows.get(0);
        for (String figure : FIGURES) {
            assertThat(row.path(figure).toString()).as(figure).isEqualTo(live.path(figure).toString());
        }
    }

    private static JsonNode report(Api who, PbxTenant t, String by, String interval, String day, String subjectId) {
        return ok(who.get(t.path("/statistics/report?by=" + by + "&interval=" + interval + "&from=" + day
                + (subjectId == null ? "" : "&subjectId=" + subjectId)))).get("rows");
    }

    private static JsonNode poll(Api who, PbxTenant t, String path, String what, java.util.function.Predicate<JsonNode> done) {
        JsonNode[] last = new JsonNode[1];
        Poll.until(what, Duration.ofSeconds(30), () -> {
            last[0] = ok(who.get(t.path(path)));
            return done.test(last[0]);
        });
        return last[0];
    }

    private static JsonNode queue(JsonNode live, String id) {
        return find(live.get("queues"), "queueId", id);
    }

    private static JsonNode agent(JsonNode live, String id) {
        return find(live.get("agents"), "userId", id);
    }

    private static JsonNode department(JsonNode live, String id) {
        return find(live.get("departments"), "departmentId", id);
    }

    private static JsonNode find(JsonNode items, String field, String id) {
        for (JsonNode item : items) {
            if (item.get(field).asText().equals(id)) {
                return item;
            }
        }
        throw new AssertionError(field + " " + id + " not in " + items);
    }

    private static List<String> ids(JsonNode items, String field) {
        List<String> ids = new ArrayList<>();
        for (Iterator<JsonNode> it = items.elements(); it.hasNext(); ) {
            ids.add(it.next().get(field).asText());
        }
        return ids;
    }

    private static String field(Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        return answer.json().at("/errors/0/field").asText();
    }

    private static JsonNode ok(Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private static JsonNode created(Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json();
    }
}
