package org.centrala.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import org.centrala.distribution.Api.Answer;
import org.centrala.testpbx.Answering;
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
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * Issue 12, item 1, on the real distribution: the routing starts MixMonitor by the tenant's
 * recording policy, the test PBX writes a real WAV file into its monitor folder (the node's spool
 * folder for that PBX), the recording index finds it when the call ends, tied to the call record;
 * a pause for a card payment is a silent gap marked in the metadata; the audio is served with HTTP
 * ranges to who may read the call record (R6, R18) and to no one else; updating the recording
 * bundle while recorded calls end loses no recording.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class RecordingIT {
    /** Long enough (scaled 1/200: 3 minutes) for the test to pause, resume and hang up itself. */
    private static final Duration LONG_TALK = Duration.ofHours(10);

    @Inject
    @Filter(timeout = 120_000)
    private TestPbx pbx;

    @Inject
    private BundleContext bundleContext;

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
    public void aRoutedCallIsRecordedByPolicyPausedForACardPaymentAndPlayedWithRangesToWhoMayOnly() throws Exception {
        PbxTenant t = new PbxTenant(api, pbx);
        PbxTenant.Login ana = t.login("ana", t.department, "[]");
        assertThat(api.patch(t.path("/users/" + ana.id()), "{\"extension\":\"301\"}", null).status()).isEqualTo(200);
        PbxTenant.Device desk = t.sipDevice("Ana's desk", ana.id());
        pbx.register(desk.sip);
        t.awaitLinkConnected();
        Api admin = t.admin();
        String care = api.id(api.post(t.path("/departments"), "{\"name\":\"Care\",\"countryCode\":\"RS\"}"));
        PbxTenant.Login supervisor = t.login("sup", t.department, "[\"SUPERVISOR\"]");
        PbxTenant.Login elsewhere = t.login("far", care, "[\"SUPERVISOR\"]");

        JsonNode defaults = ok(admin.get(t.path("/recording-settings")));
        assertThat(defaults.get("policy").asText()).as("etc/org.centrala.recording.cfg").isEqualTo("NONE");
        assertThat(defaults.get("stored").asBoolean()).isFalse();
        Answer bad = admin.put(t.path("/recording-settings"), "{\"policy\":\"ALL\",\"retentionDays\":0}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().at("/errors/0/field").asText()).isEqualTo("retentionDays");
        assertThat(supervisor.api().put(t.path("/recording-settings"), "{\"policy\":\"ALL\",\"retentionDays\":30}").status())
                .as("administrators only").isEqualTo(403);
        JsonNode all = ok(admin.put(t.path("/recording-settings"), "{\"policy\":\"ALL\",\"retentionDays\":30}"));
        assertThat(all.get("stored").asBoolean()).isTrue();
        // Issue 9, item 2: PATCH changes what is sent and keeps the rest.
        JsonNode longer = ok(admin.patch(t.path("/recording-settings"), "{\"retentionDays\":45}", null));
        assertThat(longer.get("policy").asText()).isEqualTo("ALL");
        assertThat(longer.get("retentionDays").asInt()).isEqualTo(45);
        assertThat(admin.patch(t.path("/recording-settings"), "{\"retentionDays\":0}", null).json().at("/errors/0/field").asText())
                .isEqualTo("retentionDays");
        assertThat(supervisor.api().patch(t.path("/recording-settings"), "{\"policy\":\"NONE\"}", null).status())
                .as("administrators only").isEqualTo(403);
        assertThat(ok(admin.get(t.path("/recording-settings"))).get("retentionDays").asInt()).isEqualTo(45);
        String settingsTag = admin.get(t.path("/recording-settings")).header("ETag");
        assertThat(admin.patch(t.path("/recording-settings"), "{\"retentionDays\":60}", settingsTag).status()).isEqualTo(200);
        assertThat(admin.put(t.path("/recording-settings"), "{\"policy\":\"NONE\",\"retentionDays\":1}", settingsTag).status())
                .as("a lost update").isEqualTo(412);
        assertThat(ok(admin.get(t.path("/recording-settings"))).get("policy").asText()).isEqualTo("ALL");

        // A caller dials Ana's extension: the routing records the call from its start.
        pbx.answering(desk.sip, Answering.answersAfter(Duration.ofSeconds(1), LONG_TALK));
        TestPbx.CallRun call = pbx.dialIn("trunk", "+381111000401", t.context, "301");
        call.answered().get(20, TimeUnit.SECONDS);
        Poll.until("Ana's phone in the call", Duration.ofSeconds(15),
                () -> ana.api().get(t.path("/users/" + ana.id() + "/current-calls")).json().get("calls").size() == 1);

        // Ana pauses the recording while the caller reads out a card number, then resumes it.
        Answer paused = ana.api().post(t.path("/users/" + ana.id() + "/current-recording/pauses"), "");
        assertThat(paused.status()).as(paused.body()).isEqualTo(202);
        assertThat(paused.json().get("state").asText()).isEqualTo("PAUSED");
        assertThat(paused.json().get("files").get(0).asText()).contains("/it-monitor/centrala/" + t.id + "/");
        assertThat(elsewhere.api().post(t.path("/users/" + ana.id() + "/current-recording/pauses"), "").status())
                .as("R18: not a user of its departments").isEqualTo(404);
        Answer resumed = ana.api().delete(t.path("/users/" + ana.id() + "/current-recording/pauses/current"));
        assertThat(resumed.status()).as(resumed.body()).isEqualTo(202);
        assertThat(resumed.json().get("state").asText()).isEqualTo("RECORDING");
        Answer again = ana.api().post(t.path("/users/" + ana.id() + "/current-recording"), "");
        assertThat(again.status()).as("recorded already").isEqualTo(409);
        assertThat(again.json().get("detail").asText()).contains("recorded already");
        assertThat(api.post(t.path("/users/" + ana.id() + "/hang-ups"), "").status()).isEqualTo(200);
        call.finished().get(20, TimeUnit.SECONDS);

        JsonNode record = t.awaitCall(call.linkedId());
        assertThat(record.get("recorded").asBoolean()).isTrue();
        String recordingId = record.get("recordingId").asText();
        JsonNode recording = awaitAvailable(admin, t, record.get("id").asText());
        assertThat(recording.get("id").asText()).as("the call record names it").isEqualTo(recordingId);
        assertThat(recording.get("userId").asText()).isEqualTo(ana.id());
        assertThat(recording.get("durationMillis").asLong()).isPositive();
        assertThat(recording.get("audioFormat").asText()).contains("8000.0 Hz");
        JsonNode gap = recording.get("pauses").get(0);
        assertThat(recording.get("pauses")).hasSize(1);
        long from = gap.get("fromMillis").asLong();
        long to = gap.get("toMillis").asLong();
        assertThat(to).isGreaterThan(from);

        // The whole file, then a part as a seeking audio element asks for it.
        String audio = t.path("/recordings/" + recordingId + "/audio");
        Api.Bytes whole = admin.getBytes(audio, null);
        assertThat(whole.status()).isEqualTo(200);
        assertThat(whole.header("Content-Type")).isEqualTo("audio/wav");
        assertThat(whole.header("Accept-Ranges")).isEqualTo("bytes");
        assertThat((long) whole.body().length).isEqualTo(recording.get("sizeBytes").asLong());
        assertThat(new String(whole.body(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
        Api.Bytes part = admin.getBytes(audio, "bytes=44-143");
        assertThat(part.status()).isEqualTo(206);
        assertThat(part.header("Content-Range")).isEqualTo("bytes 44-143/" + whole.body().length);
        assertThat(part.body()).containsExactly(java.util.Arrays.copyOfRange(whole.body(), 44, 144));
        Api.Bytes beyond = admin.getBytes(audio, "bytes=" + whole.body().length + "-");
        assertThat(beyond.status()).isEqualTo(416);
        assertThat(beyond.header("Content-Range")).isEqualTo("bytes */" + whole.body().length);
        assertThat(beyond.header("Content-Type")).isEqualTo("application/problem+json");

        // The gap is silent in the file, and the recording is not silent elsewhere.
        ByteBuffer samples = ByteBuffer.wrap(whole.body(), 44, whole.body().length - 44).slice().order(ByteOrder.LITTLE_ENDIAN);
        int middleOfGap = (int) ((from + to) / 2 * 8);
        if (to - from >= 2) {
            assertThat(samples.getShort(middleOfGap * 2)).as("silent while paused").isZero();
        }
        boolean heardBefore = false;
        for (int i = 0; i < Math.min(from * 8, 4000); i++) {
            heardBefore |= samples.getShort(i * 2) != 0;
        }
        assertThat(heardBefore).as("recorded before the pause").isTrue();

        // R6, R18: its department's supervisor may listen, another department's may not, an agent may not.
        assertThat(supervisor.api().getBytes(audio, "bytes=0-43").status()).isEqualTo(206);
        assertThat(elsewhere.api().get(t.path("/recordings/" + recordingId)).status()).isEqualTo(404);
        assertThat(elsewhere.api().getBytes(audio, null).status()).isEqualTo(404);
        assertThat(ok(elsewhere.api().get(t.path("/recordings"))).get("total").asInt()).isZero();
        assertThat(ana.api().getBytes(audio, null).status()).as("no role to listen").isEqualTo(403);
        Api stranger = new PbxTenant(api, pbx).admin();
        assertThat(stranger.get(t.path("/recordings/" + recordingId)).status()).as("R1").isEqualTo(404);
        assertThat(stranger.getBytes(audio, null).status()).isEqualTo(404);

        // R9: the pause and the resumption are in the audit log, with who did them.
        JsonNode audit = ok(admin.get(t.path("/audit?action=recording.")));
        List<String> actions = new ArrayList<>();
        audit.get("items").forEach(entry -> actions.add(entry.get("action").asText()));
        assertThat(actions).contains("recording.settings-changed", "recording.paused", "recording.resumed");

        // What the tenant's recordings take, and what retention would delete now (nothing: 30 days).
        JsonNode storage = ok(admin.get(t.path("/recordings/storage")));
        assertThat(storage.get("recordings").asInt()).isEqualTo(1);
        assertThat(storage.get("bytes").asLong()).isEqualTo(whole.body().length);
        JsonNode dryRun = ok(admin.get(t.path("/recording-retention")));
        assertThat(dryRun.get("dryRun").asBoolean()).isTrue();
        assertThat(dryRun.get("count").asInt()).isZero();
        assertThat(supervisor.api().get(t.path("/recording-retention")).status()).isEqualTo(403);

        // An administrator deletes it before its time: file and metadata go, audited.
        assertThat(admin.delete(t.path("/recordings/" + recordingId)).status()).isEqualTo(204);
        assertThat(admin.get(t.path("/recordings/" + recordingId)).status()).isEqualTo(404);
        assertThat(java.nio.file.Path.of(paused.json().get("files").get(0).asText())).doesNotExist();
        assertThat(ok(admin.get(t.path("/audit?action=recording.deleted"))).get("items")).hasSize(1);
    }

    @Test
    public void aQueueRecordsItsCallsByItsOwnPolicyAndABackOfficeUsersRecordingsAreForAdministratorsOnly() throws Exception {
        PbxTenant t = new PbxTenant(api, pbx);
        Api admin = t.admin();
        PbxTenant.Login supervisor = t.login("sup", t.department, "[\"SUPERVISOR\"]");
        String clerk = t.backOfficeUser("Clerk", "401");
        PbxTenant.Device desk = t.sipDevice("Clerk's desk", clerk);
        pbx.register(desk.sip);
        t.awaitLinkConnected();
        ok(admin.put(t.path("/users/" + clerk + "/recording-policy"), "{\"policy\":\"ALL\"}"));
        assertThat(admin.put(t.path("/users/" + java.util.UUID.randomUUID() + "/recording-policy"), "{\"policy\":\"ALL\"}").status())
                .isEqualTo(404);
        assertThat(admin.put(t.path("/users/" + clerk + "/recording-policy"), "{\"policy\":\"SOMETIMES\"}").status()).isEqualTo(400);
        JsonNode overrides = ok(admin.get(t.path("/recording-policies")));
        assertThat(overrides.get("items")).hasSize(1);
        assertThat(overrides.at("/items/0/targetKind").asText()).isEqualTo("USER");

        pbx.answering(desk.sip, Answering.answersAfter(Duration.ofSeconds(1), Duration.ofSeconds(30)));
        TestPbx.CallRun call = pbx.dialIn("trunk", "+381111000402", t.context, "401");
        call.finished().get(30, TimeUnit.SECONDS);
        JsonNode record = t.awaitCall(call.linkedId());
        JsonNode recording = awaitAvailable(admin, t, record.get("id").asText());
        String id = recording.get("id").asText();

        assertThat(supervisor.api().get(t.path("/recordings/" + id)).status()).as("R6").isEqualTo(404);
        assertThat(supervisor.api().getBytes(t.path("/recordings/" + id + "/audio"), null).status()).isEqualTo(404);
        assertThat(admin.getBytes(t.path("/recordings/" + id + "/audio"), null).status()).isEqualTo(200);

        // Back to the tenant's policy (NONE): the next call is not recorded.
        JsonNode cleared = ok(admin.delete(t.path("/users/" + clerk + "/recording-policy")));
        assertThat(cleared.get("policy").asText()).isEqualTo("NONE");
        TestPbx.CallRun unrecorded = pbx.dialIn("trunk", "+381111000403", t.context, "401");
        unrecorded.finished().get(30, TimeUnit.SECONDS);
        assertThat(t.awaitCall(unrecorded.linkedId()).get("recorded").asBoolean()).isFalse();
    }

    /**
     * The recording index is a consumer of the link in a bundle of its own: updating it while
     * recorded calls end loses none of their recordings and doubles none.
     */
    @Test
    public void updatingTheRecordingBundleWhileRecordedCallsEndLosesNoRecording() throws Exception {
        PbxTenant t = new PbxTenant(api, pbx);
        Api admin = t.admin();
        String agent = t.agent("ivo", "501");
        PbxTenant.Device desk = t.sipDevice("Ivo's desk", agent);
        pbx.register(desk.sip);
        t.awaitLinkConnected();
        ok(admin.put(t.path("/recording-settings"), "{\"policy\":\"ALL\",\"retentionDays\":30}"));
        pbx.answering(desk.sip, Answering.answersAfter(Duration.ofSeconds(1), Duration.ofSeconds(200)));
        List<TestPbx.CallRun> calls = new ArrayList<>();
        for (int round = 1; round <= 3; round++) {
            TestPbx.CallRun during = pbx.dialIn("trunk", "+38111100050" + round, t.context, "501");
            calls.add(during);
            during.answered().get(20, TimeUnit.SECONDS);
            Bundle recording = Bundles.updateAndRefresh(bundleContext, "centrala-recording");
            during.finished().get(30, TimeUnit.SECONDS);
            Poll.until("the recording bundle back", Duration.ofSeconds(60), () -> recording.getState() == Bundle.ACTIVE
                    && admin.get(t.path("/recordings")).status() == 200);
        }
        for (TestPbx.CallRun call : calls) {
            awaitAvailable(admin, t, t.awaitCall(call.linkedId()).get("id").asText());
        }
        assertThat(ok(admin.get(t.path("/recordings?size=100"))).get("total").asInt()).as("one each, none lost, none doubled")
                .isEqualTo(calls.size());
    }

    private static JsonNode awaitAvailable(Api reader, PbxTenant t, String callId) {
        JsonNode[] found = new JsonNode[1];
        Poll.until("the recording of call " + callId + " available", Duration.ofSeconds(30), () -> {
            JsonNode items = ok(reader.get(t.path("/recordings?callId=" + callId))).get("items");
            found[0] = items.size() == 1 ? items.get(0) : null;
            return found[0] != null && found[0].get("state").asText().equals("AVAILABLE");
        });
        return found[0];
    }

    private static JsonNode ok(Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }
}
