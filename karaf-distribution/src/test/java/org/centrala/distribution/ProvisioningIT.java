package org.centrala.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Dictionary;
import java.util.HexFormat;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import org.centrala.distribution.Api.Answer;
import org.centrala.testpbx.TestPbx;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Issue 11, item 2 on the real distribution: a tenant's devices, queues and dialplan entry become
 * configuration files on its PBX through AMI (the test PBX answers GetConfig, CreateConfig,
 * UpdateConfig and Reload as a recorded Asterisk 20.20.1 does), idempotently; drift on the PBX is
 * shown and repaired on request; endpoints of the tenant's context are adopted, other tenants'
 * are not offered (R1). The suite's other tests declare their queues on the test PBX themselves,
 * so provisioning is on only while this test runs.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class ProvisioningIT {
    private static final String PID = "org.centrala.provisioning";

    @Inject
    @Filter(timeout = 120_000)
    private TestPbx pbx;

    @Inject
    private ConfigurationAdmin configAdmin;

    private Api api;

    @Configuration
    public Option[] config() {
        return CentralaContainer.options();
    }

    @Before
    public void enableProvisioning() throws Exception {
        api = new Api(Integer.getInteger(CentralaContainer.HTTP_PORT_PROPERTY));
        Readiness.await(api);
        Dictionary<String, Object> settings = new Hashtable<>(Map.of("enabled", "true", "checkSeconds", "1", "driftCheckSeconds", "3600"));
        configAdmin.getConfiguration(PID, null).update(settings);
    }

    @After
    public void disableProvisioning() throws Exception {
        configAdmin.getConfiguration(PID, null).update(new Hashtable<>(Map.of("enabled", "false")));
        for (String module : List.of("pjsip", "extensions", "queues")) {
            pbx.configFile(module + ".conf", "#tryinclude \"centrala-*-" + module + ".conf\"\n");
        }
    }

    @Test
    public void devicesQueuesAndTheDialplanEntryAreWrittenOnceAndRoutingUsesThem() throws Exception {
        PbxTenant t = new PbxTenant(api, pbx);
        t.awaitLinkConnected();
        String vera = t.backOfficeUser("Vera \\\"V\\\" Novak", "201");
        Answer created = api.post(t.path("/devices"), "{\"kind\":\"SIP_DESK_PHONE\",\"label\":\"Desk\",\"ownerUserId\":\"" + vera + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String sip = created.json().at("/device/sipUsername").asText();
        String secret = created.json().at("/sipSecret").asText();
        assertThat(secret).as(created.body()).isNotEmpty();
        String queue = api.post(t.path("/queues"), "{\"departmentId\":\"" + t.department + "\",\"name\":\"Support\","
                + "\"strategy\":\"LEASTRECENT\",\"serviceLevelSeconds\":30,\"wrapUpSeconds\":5,\"members\":[]}").json().get("pbxName").asText();

        JsonNode status = sync(t, false);
        assertThat(status.get("state").asText()).as(status.toString()).isEqualTo("IN_SYNC");
        assertThat(status.get("files").findValuesAsText("file")).containsExactly("centrala-" + t.context + "-pjsip.conf",
                "centrala-" + t.context + "-extensions.conf", "centrala-" + t.context + "-queues.conf");
        assertThat(status.get("files").findValuesAsText("included")).containsOnly("true");
        assertThat(unit(status, sip).get("state").asText()).isEqualTo("IN_SYNC");
        assertThat(unit(status, sip).get("deviceId").asText()).isEqualTo(created.json().at("/device/id").asText());

        // What res_pjsip loaded: the endpoint in the tenant's context, its digest credential for the
        // secret the device was created with (never the secret itself), and one contact.
        Map<String, String> endpoint = pbx.pjsipObject("endpoint", sip).orElseThrow();
        assertThat(endpoint).containsEntry("context", t.context).containsEntry("auth", sip + "-auth").containsEntry("aors", sip)
                .containsEntry("callerid", "\"Vera V Novak\" <201>").containsEntry("allow", "ulaw,alaw");
        Map<String, String> auth = pbx.pjsipObject("auth", sip + "-auth").orElseThrow();
        assertThat(auth).containsEntry("auth_type", "md5").containsEntry("username", sip).containsEntry("realm", "centrala")
                .containsEntry("md5_cred", md5(sip + ":centrala:" + secret));
        assertThat(pbx.configFile("centrala-" + t.context + "-pjsip.conf").orElseThrow()).doesNotContain(secret);
        assertThat(pbx.pjsipObject("aor", sip).orElseThrow()).containsEntry("max_contacts", "1");
        assertThat(pbx.configFile("centrala-" + t.context + "-queues.conf").orElseThrow())
                .contains("[" + queue + "]", "strategy = leastrecent", "servicelevel = 30", "wrapuptime = 5");
        assertThat(pbx.dialplan(t.context)).first().asString().matches("_X\\.,1,AGI\\(agi://127\\.0\\.0\\.1:\\d+/route\\)");
        assertThat(pbx.configFile("centrala-" + t.context + "-extensions.conf").orElseThrow()).contains("exten => _X.,n,Hangup()");

        // Idempotent: a second pass writes and reloads nothing.
        int changes = pbx.configChanges().size();
        assertThat(sync(t, false).get("state").asText()).isEqualTo("IN_SYNC");
        assertThat(pbx.configChanges()).hasSize(changes);

        // The provisioned dialplan line routes: a call into the context reaches Vera's desk through FastAGI.
        pbx.answering(sip, org.centrala.testpbx.Answering.answersAfter(Duration.ofSeconds(1), Duration.ofSeconds(5)));
        TestPbx.CallRun call = pbx.dialIn("trunk", "+381111000301", t.context, "201");
        call.finished().get(30, TimeUnit.SECONDS);
        assertThat(t.awaitCall(call.linkedId()).get("userId").asText()).isEqualTo(vera);

        // A change of Centrala's is written without being asked (checkSeconds = 1); a deleted device's endpoint goes.
        Answer renamed = api.patch(t.path("/users/" + vera), "{\"displayName\":\"Vera Kovac\",\"extension\":\"202\"}", null);
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        Poll.until("the new caller id on the PBX", Duration.ofSeconds(20), () -> pbx.pjsipObject("endpoint", sip)
                .map(e -> "\"Vera Kovac\" <202>".equals(e.get("callerid"))).orElse(false));
        PbxTenant.Device second = t.sipDevice("Second", vera);
        Poll.until("the second endpoint", Duration.ofSeconds(20), () -> pbx.pjsipObject("endpoint", second.sip).isPresent());
        assertThat(api.delete(t.path("/devices/" + second.id)).status()).isEqualTo(204);
        Poll.until("the second endpoint removed", Duration.ofSeconds(20), () -> pbx.pjsipObject("endpoint", second.sip).isEmpty());
        assertThat(pbx.configFile("centrala-" + t.context + "-pjsip.conf").orElseThrow()).doesNotContain(second.sip);

        // The audit log has each write (R9).
        JsonNode audit = api.get(t.path("/audit?action=pbx.config.&size=100")).json();
        assertThat(audit.findValuesAsText("action")).contains("pbx.config.written", "pbx.config.removed");

        // A new dialplan context: the tenant's files move with it, and the former ones are emptied, so that
        // the PBX does not load the endpoint twice.
        String newContext = t.context + "-b";
        Answer moved = api.patch("/api/v1/tenants/" + t.id, "{\"pbx\":{\"dialplanContext\":\"" + newContext + "\"}}", null);
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.json().at("/pbx/agiContext").asText()).as("the former name, still answered").isEqualTo(newContext);
        Poll.until("the endpoint in the new context", Duration.ofSeconds(20), () -> pbx.pjsipObject("endpoint", sip)
                .map(e -> newContext.equals(e.get("context"))).orElse(false));
        assertThat(pbx.configFile("centrala-" + t.context + "-pjsip.conf").orElseThrow()).doesNotContain(sip);
        assertThat(pbx.configFile("centrala-" + newContext + "-pjsip.conf").orElseThrow()).contains("[" + sip + "]");
        // Each file is its own write and reload: the extensions file may follow the endpoints a moment later.
        Poll.until("the new context's dialplan", Duration.ofSeconds(20), () -> !pbx.dialplan(newContext).isEmpty());
        Poll.until("the former context's dialplan gone", Duration.ofSeconds(20), () -> pbx.dialplan(t.context).isEmpty());
    }

    @Test
    public void driftOnThePbxIsShownAndRepairedOnlyWhenAsked() throws Exception {
        PbxTenant t = new PbxTenant(api, pbx);
        t.awaitLinkConnected();
        PbxTenant.Device desk = t.sipDevice("Desk", t.backOfficeUser("Ana", "301"));
        PbxTenant.Device soft = t.sipDevice("Soft", t.backOfficeUser("Ivo", "302"));
        assertThat(sync(t, false).get("state").asText()).isEqualTo("IN_SYNC");
        String file = "centrala-" + t.context + "-pjsip.conf";

        // An operator edits one endpoint's aor and deletes the other's sections.
        String text = pbx.configFile(file).orElseThrow();
        String edited = text.replaceFirst("(\\[" + desk.sip + "\\]\\ntype = aor\\nmax_contacts = )1", "$15");
        edited = edited.replaceAll("\\[" + soft.sip + "(-auth)?\\]\\n(?:[^\\[]*\\n)*?(?=\\[|$)", "");
        assertThat(edited).isNotEqualTo(text).doesNotContain("[" + soft.sip + "]");
        pbx.configFile(file, edited + "[rogue]\ntype = endpoint\ncontext = elsewhere\n");

        JsonNode drift = sync(t, false);
        assertThat(drift.get("state").asText()).as(drift.toString()).isEqualTo("DRIFT");
        assertThat(unit(drift, desk.sip).get("state").asText()).isEqualTo("DRIFT_EDITED");
        assertThat(unit(drift, desk.sip).get("detail").asText()).contains("max_contacts is '5', not '1'");
        assertThat(unit(drift, soft.sip).get("state").asText()).isEqualTo("DRIFT_REMOVED");
        assertThat(pbx.configFile(file).orElseThrow()).as("drift is left alone until repaired").isEqualTo(pbx.configFile(file).orElseThrow())
                .contains("max_contacts = 5");
        assertThat(unit(drift, "rogue").get("state").asText()).isEqualTo("DRIFT_ADDED");
        // The passes in between read only the database: what the reading found stays shown.
        String readAt = drift.get("checkedAt").asText();
        Poll.until("a pass after the reading", Duration.ofSeconds(10),
                () -> !api.get(t.path("/pbx/provisioning")).json().get("checkedAt").asText().equals(readAt));
        JsonNode later = api.get(t.path("/pbx/provisioning")).json();
        assertThat(later.get("state").asText()).isEqualTo("DRIFT");
        assertThat(unit(later, "rogue").get("state").asText()).isEqualTo("DRIFT_ADDED");
        assertThat(unit(later, soft.sip).get("state").asText()).isEqualTo("DRIFT_REMOVED");

        JsonNode repaired = sync(t, true);
        assertThat(repaired.get("state").asText()).as(repaired.toString()).isEqualTo("IN_SYNC");
        assertThat(pbx.configFile(file).orElseThrow()).doesNotContain("max_contacts = 5").doesNotContain("[rogue]")
                .contains("[" + soft.sip + "-auth]");
        assertThat(pbx.pjsipObject("endpoint", soft.sip)).isPresent();

        // The files are not included: Asterisk would not load them, and the state says what line to add.
        pbx.configFile("pjsip.conf", "[transport-udp]\ntype = transport\n");
        JsonNode excluded = sync(t, false);
        assertThat(excluded.get("state").asText()).isEqualTo("FAILED");
        JsonNode pjsip = excluded.get("files").get(0);
        assertThat(pjsip.get("included").asBoolean()).isFalse();
        assertThat(pjsip.get("includeLine").asText()).isEqualTo("#tryinclude \"centrala-*-pjsip.conf\"");
    }

    @Test
    public void endpointsOfTheTenantsContextAreAdoptedAndOthersAreNotOffered() throws Exception {
        PbxTenant t = new PbxTenant(api, pbx);
        PbxTenant other = new PbxTenant(api, pbx);
        t.awaitLinkConnected();
        other.awaitLinkConnected();
        String owner = t.backOfficeUser("Mara", "401");
        pbx.configFile("pjsip.conf", "#tryinclude \"centrala-*-pjsip.conf\"\n"
                + "[2001]\ntype = endpoint\ncontext = " + t.context + "\ncallerid = \"Reception\" <2001>\naors = 2001\n"
                + "[2001]\ntype = aor\nmax_contacts = 1\n"
                + "[9001]\ntype = endpoint\ncontext = " + other.context + "\n");

        Answer adoptable = api.get(t.path("/pbx/provisioning/adoptable-endpoints"));
        assertThat(adoptable.status()).as(adoptable.body()).isEqualTo(200);
        assertThat(adoptable.json().get("items").findValuesAsText("endpoint")).containsExactly("2001");
        assertThat(api.get(other.path("/pbx/provisioning/adoptable-endpoints")).json().get("items").findValuesAsText("endpoint"))
                .containsExactly("9001");

        Answer foreign = api.post(t.path("/pbx/provisioning/adoptions"), "{\"endpoint\":\"9001\",\"device\":{\"kind\":\"SIP_DESK_PHONE\","
                + "\"label\":\"Not ours\"}}");
        assertThat(foreign.status()).as(foreign.body()).isEqualTo(400);
        assertThat(foreign.json().toString()).contains("endpoint");
        Answer noDevice = api.post(t.path("/pbx/provisioning/adoptions"), "{\"endpoint\":\"2001\"}");
        assertThat(noDevice.status()).as(noDevice.body()).isEqualTo(400);

        Answer adopted = api.post(t.path("/pbx/provisioning/adoptions"), "{\"endpoint\":\"2001\",\"device\":{\"kind\":\"SIP_DESK_PHONE\","
                + "\"label\":\"Reception\",\"ownerUserId\":\"" + owner + "\"}}");
        assertThat(adopted.status()).as(adopted.body()).isEqualTo(201);
        assertThat(adopted.json().get("sipUsername").asText()).isEqualTo("2001");
        assertThat(adopted.header("Location")).endsWith("/devices/" + adopted.json().get("id").asText());
        assertThat(api.get(t.path("/pbx/provisioning/adoptable-endpoints")).json().get("items")).isEmpty();
        Answer twice = api.post(t.path("/pbx/provisioning/adoptions"), "{\"endpoint\":\"2001\",\"device\":{\"kind\":\"SIP_DESK_PHONE\","
                + "\"label\":\"Again\"}}");
        assertThat(twice.status()).as(twice.body()).isEqualTo(400);

        JsonNode status = sync(t, false);
        assertThat(unit(status, "2001").get("state").asText()).isEqualTo("ADOPTED");
        assertThat(pbx.configFile("centrala-" + t.context + "-pjsip.conf").orElse("")).as("never written by Centrala").doesNotContain("2001");
        pbx.configFile("pjsip.conf", "#tryinclude \"centrala-*-pjsip.conf\"\n");
        JsonNode gone = sync(t, false);
        assertThat(unit(gone, "2001").get("state").asText()).isEqualTo("DRIFT_REMOVED");

        // R1, R18: another tenant's administrator and a supervisor cannot read or act on the tenant's PBX.
        Api otherAdmin = other.admin();
        assertThat(otherAdmin.get(t.path("/pbx/provisioning")).status()).isIn(403, 404);
        assertThat(otherAdmin.post(t.path("/pbx/provisioning/sync"), "{}").status()).isIn(403, 404);
        assertThat(otherAdmin.get(t.path("/pbx/provisioning/adoptable-endpoints")).status()).isIn(403, 404);
        Api supervisor = t.login("sue", t.department, "[\"SUPERVISOR\"]").api();
        assertThat(supervisor.get(t.path("/pbx/provisioning")).status()).isEqualTo(403);
        assertThat(supervisor.post(t.path("/pbx/provisioning/adoptions"), "{}").status()).isEqualTo(403);
        assertThat(t.admin().get(t.path("/pbx/provisioning")).status()).isEqualTo(200);
        // Unknown fields and parameters are refused like elsewhere.
        assertThat(api.post(t.path("/pbx/provisioning/sync"), "{\"repair\":true}").status()).isEqualTo(400);
        Answer unsaid = api.post(t.path("/pbx/provisioning/sync"), "{}");
        assertThat(unsaid.status()).isEqualTo(400);
        assertThat(unsaid.body()).contains("repairDrift");
        assertThat(api.get(t.path("/pbx/provisioning?verbose=1")).status()).isEqualTo(400);
    }

    private JsonNode sync(PbxTenant t, boolean repair) {
        // Config Admin hands the component its settings asynchronously: wait until provisioning is on.
        Poll.until("provisioning on", Duration.ofSeconds(20), () -> !api.get(t.path("/pbx/provisioning")).json().path("state").asText().equals("DISABLED"));
        Answer answer = api.post(t.path("/pbx/provisioning/sync"), "{\"repairDrift\":" + repair + "}");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private static JsonNode unit(JsonNode status, String name) {
        for (JsonNode unit : status.get("units")) {
            if (unit.get("name").asText().equals(name)) {
                return unit;
            }
        }
        throw new AssertionError("no unit " + name + " in " + status);
    }

    private static String md5(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
