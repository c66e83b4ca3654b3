package org.centrala.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import javax.inject.Inject;

import org.centrala.distribution.Api.Answer;
import org.centrala.testpbx.RingTarget;
import org.centrala.testpbx.TestPbx;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.util.Filter;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The PBX link on the real distribution: Asterisk-Java over real TCP to the test PBX (running in
 * the same container, time scale 1/200), each scenario ending in the right call records over REST,
 * and a PBX restart in the middle of calls ending in reconnect, resync, and no lost or doubled record.
 * All tenants of this suite share the one test PBX, so they also share one AMI connection.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class PbxLinkIT {
    private static final Duration TALK = Duration.ofSeconds(60);

    /** Boot on a busy 2-core machine can take longer than Pax Exam's default 10 s wait for a service. */
    @Inject
    @Filter(timeout = 120_000)
    private TestPbx pbx;

    private Api api;

    @Inject
    private BundleContext bundleContext;

    @Inject
    private org.osgi.service.cm.ConfigurationAdmin configAdmin;

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
    public void r5_inboundCallRingsTheDeskThenTheMobileAndIsRecordedForTheBackOfficeUser() throws Exception {
        Tenant t = new Tenant();
        String user = t.backOfficeUser("Ana");
        PbxTenant.Device desk = t.sipDevice("Desk", user);
        String mobile = t.mobileDevice("+381641230001", user);
        t.awaitLinkConnected();

        TestPbx.CallRun run = pbx.inboundCall("+381111000001", t.context, "100",
                List.of(RingTarget.sip(desk.sip, Duration.ofSeconds(10)), RingTarget.external("+381641230001",
                        Duration.ofSeconds(20))), 1, TALK);
        run.finished().get(20, TimeUnit.SECONDS);

        JsonNode call = t.awaitCall(run.linkedId());
        assertThat(call.get("direction").asText()).isEqualTo("INBOUND");
        assertThat(call.get("userId").asText()).isEqualTo(user);
        assertThat(call.get("deviceId").asText()).as("answered on the mobile").isEqualTo(mobile);
        assertThat(call.get("fromNumber").asText()).isEqualTo("+381111000001");
        assertThat(call.get("toNumber").asText()).isEqualTo("100");
        assertThat(call.get("disposition").asText()).isEqualTo("ANSWERED");
        assertThat(call.get("answeredAt").isNull()).isFalse();
        assertThat(call.get("endInferred").asBoolean()).isFalse();

        // Not answered at all: still the back-office user's call, a missed one (R6: visible to admins).
        TestPbx.CallRun missed = pbx.inboundCall("+381111000002", t.context, "100",
                List.of(RingTarget.sip(desk.sip, Duration.ofSeconds(10))), -1, TALK);
        missed.finished().get(20, TimeUnit.SECONDS);
        JsonNode missedCall = t.awaitCall(missed.linkedId());
        assertThat(missedCall.get("disposition").asText()).isEqualTo("NO_ANSWER");
        assertThat(missedCall.get("userId").asText()).isEqualTo(user);
        assertThat(missedCall.get("deviceId").asText()).isEqualTo(desk.id);
    }

    /**
     * Issue 11, item 1: a call into the tenant's context goes to Centrala's FastAGI server, which
     * rings the back-office user's ring plan step by step (R5: desk 10 s, then the mobile through
     * the tenant's trunk), and keeps why and how each call ended.
     */
    @Test
    public void r5_fastAgiRoutingRingsEachStepOfTheRingPlanAndKeepsWhy() throws Exception {
        Tenant t = new Tenant();
        String user = t.backOfficeUser("Vera", "201");
        PbxTenant.Device desk = t.sipDevice("Desk", user);
        String mobile = t.mobileDevice("+381641239001", user);
        t.awaitLinkConnected();

        // Step 1 rings out, step 2 (the mobile, through the trunk) answers.
        pbx.answering(desk.sip, org.centrala.testpbx.Answering.noAnswer());
        pbx.answering("+381641239001", org.centrala.testpbx.Answering.answersAfter(Duration.ofSeconds(3), TALK));
        TestPbx.CallRun toMobile = pbx.dialIn("trunk", "+381111000101", t.context, "201");
        toMobile.finished().get(30, TimeUnit.SECONDS);
        JsonNode mobileCall = t.awaitCall(toMobile.linkedId());
        assertThat(mobileCall.get("userId").asText()).isEqualTo(user);
        assertThat(mobileCall.get("deviceId").asText()).as("answered on the mobile").isEqualTo(mobile);
        assertThat(mobileCall.get("disposition").asText()).isEqualTo("ANSWERED");
        JsonNode second = t.routingDecision(toMobile.linkedId());
        assertThat(second.get("outcome").asText()).isEqualTo("ANSWERED");
        assertThat(second.get("answeredStep").asInt()).isEqualTo(2);
        assertThat(second.get("steps").asInt()).isEqualTo(2);
        assertThat(second.get("userId").asText()).isEqualTo(user);
        assertThat(second.get("dialled").asText()).isEqualTo("201");
        assertThat(second.get("callerNumber").asText()).isEqualTo("+381111000101");
        assertThat(second.get("reason").asText()).contains("Vera's ring plan (R5)");

        // The desk answers at once: step 1, and the mobile never rings.
        pbx.answering(desk.sip, org.centrala.testpbx.Answering.answersAfter(Duration.ofSeconds(2), TALK));
        TestPbx.CallRun toDesk = pbx.dialIn("trunk", "+381111000102", t.context, "201");
        toDesk.finished().get(30, TimeUnit.SECONDS);
        assertThat(t.awaitCall(toDesk.linkedId()).get("deviceId").asText()).isEqualTo(desk.id);
        assertThat(t.routingDecision(toDesk.linkedId()).get("answeredStep").asInt()).isEqualTo(1);

        // Nobody answers: both steps ring out; a missed call of the user.
        pbx.answering(desk.sip, org.centrala.testpbx.Answering.busy());
        pbx.answering("+381641239001", org.centrala.testpbx.Answering.noAnswer());
        TestPbx.CallRun missed = pbx.dialIn("trunk", "+381111000103", t.context, "201");
        missed.finished().get(30, TimeUnit.SECONDS);
        assertThat(t.routingDecision(missed.linkedId()).get("outcome").asText()).isEqualTo("NOT_ANSWERED");
        JsonNode missedCall = t.awaitCall(missed.linkedId());
        assertThat(missedCall.get("userId").asText()).isEqualTo(user);
        assertThat(missedCall.get("disposition").asText()).isNotEqualTo("ANSWERED");

        // A number nobody has: refused with the announcement, and why.
        TestPbx.CallRun unknown = pbx.dialIn("trunk", "+381111000104", t.context, "999");
        unknown.finished().get(30, TimeUnit.SECONDS);
        JsonNode refused = t.routingDecision(unknown.linkedId());
        assertThat(refused.get("outcome").asText()).isEqualTo("REJECTED");
        assertThat(refused.get("rejection").asText()).isEqualTo("UNKNOWN_NUMBER");
        assertThat(refused.get("reason").asText()).isEqualTo("no user has extension 999");
        // Item 6: the PBX answered that caller itself (AGI's Answer, then the announcement), as its CDR says.
        JsonNode announced = t.awaitCall(unknown.linkedId());
        assertThat(announced.get("disposition").asText()).isEqualTo("ANSWERED");
        assertThat(announced.get("pbxApplication").asText()).isEqualTo("AGI");
        assertThat(announced.get("answeredAt").isNull()).isFalse();
        assertThat(announced.get("userId").isNull()).isTrue();

        // R1: the tenant is the context's; another tenant's extension 201 is another user.
        Tenant other = new Tenant();
        String namesake = other.backOfficeUser("Namesake", "201");
        other.sipDevice("Namesake's desk", namesake);
        TestPbx.CallRun elsewhere = pbx.dialIn("trunk", "+381111000105", other.context, "201");
        elsewhere.finished().get(30, TimeUnit.SECONDS);
        assertThat(other.routingDecision(elsewhere.linkedId()).get("userId").asText()).isEqualTo(namesake);
        Answer mine = api.get(t.path("/routing/decisions?size=100"));
        assertThat(mine.json().get("total").asInt()).isEqualTo(4);
        assertThat(mine.body()).doesNotContain(elsewhere.linkedId()).doesNotContain(namesake);

        Answer health = api.get("/api/v1/health/ready");
        assertThat(health.body()).as("the FastAGI part of the node's health").contains("FastAGI on 127.0.0.1:");
    }

    /**
     * Issue 11, item 4: click-to-call rings the user's own registered phone; once it answers, the
     * tenant's dialplan hands the call to the routing, which dials the outside number through the
     * trunk. Only a number ever reaches the PBX; calls are rate-limited per user and audited (R9).
     */
    @Test
    public void clickToCallRingsTheUsersPhoneThenTheRoutingDialsTheNumber() throws Exception {
        Tenant t = new Tenant();
        String agent = t.agent("cara", "301");
        PbxTenant.Device phone = t.sipDevice("Cara's phone", agent);
        t.awaitLinkConnected();
        String calls = t.path("/users/" + agent + "/placed-calls");

        Answer unregistered = api.post(calls, "{\"destination\":\"+381641239011\"}");
        assertThat(unregistered.status()).as(unregistered.body()).isEqualTo(409);
        assertThat(unregistered.json().get("detail").asText()).contains(phone.sip).contains("not registered");

        for (String bad : List.of("PJSIP/evil", "Local/100@default", "100,Exec(System(id))", "", "12a")) {
            Answer refused = api.post(calls, "{\"destination\":\"" + bad + "\"}");
            assertThat(refused.status()).as(bad + ": " + refused.body()).isEqualTo(400);
            assertThat(refused.json().at("/errors/0/field").asText()).isEqualTo("destination");
        }
        assertThat(api.post(calls, "{\"destination\":\"+381\",\"channel\":\"PJSIP/x\"}").status())
                .as("an unknown field").isEqualTo(400);

        pbx.register(phone.sip);
        pbx.answering("+381641239011", org.centrala.testpbx.Answering.answersAfter(Duration.ofSeconds(2), TALK));
        Answer placed = Poll.until("the phone's registration is seen", Duration.ofSeconds(15), () -> {
            Answer answer = api.post(calls, "{\"destination\":\"+381 64 123 9011\"}");
            return answer.status() == 202 ? answer : null;
        });
        String pbxCallId = placed.json().get("pbxCallId").asText();
        assertThat(placed.json().get("destination").asText()).isEqualTo("+381641239011");
        assertThat(placed.json().get("kind").asText()).isEqualTo("OUTSIDE");
        assertThat(placed.json().get("deviceId").asText()).isEqualTo(phone.id);

        JsonNode call = t.awaitCall(pbxCallId);
        assertThat(call.get("direction").asText()).isEqualTo("OUTBOUND");
        assertThat(call.get("userId").asText()).isEqualTo(agent);
        assertThat(call.get("deviceId").asText()).isEqualTo(phone.id);
        assertThat(call.get("fromNumber").asText()).as("the CDR's src: the Originate's caller id").isEqualTo("301");
        assertThat(call.get("toNumber").asText()).isEqualTo("+381641239011");
        assertThat(call.get("disposition").asText()).isEqualTo("ANSWERED");
        JsonNode decision = t.routingDecision(pbxCallId);
        assertThat(decision.get("outcome").asText()).isEqualTo("ANSWERED");
        assertThat(decision.get("reason").asText()).isEqualTo("outside number +381641239011 through trunk trunk");
        Answer audited = api.get(t.path("/audit?action=call.placed"));
        assertThat(audited.body()).contains(pbxCallId).contains("destination=OUTSIDE").doesNotContain("+381641239011");

        // An extension of the tenant is dialled as such; then the limit of 3 calls a minute is reached.
        String clerk = t.backOfficeUser("Dora", "302");
        t.sipDevice("Dora's desk", clerk);
        Answer internal = api.post(calls, "{\"destination\":\"302\"}");
        assertThat(internal.status()).as(internal.body()).isEqualTo(202);
        assertThat(internal.json().get("kind").asText()).isEqualTo("EXTENSION");
        assertThat(api.post(calls, "{\"destination\":\"302\"}").status()).isEqualTo(202);
        Answer limited = api.post(calls, "{\"destination\":\"302\"}");
        assertThat(limited.status()).as(limited.body()).isEqualTo(429);
        assertThat(limited.header("Retry-After")).isNotBlank();
        assertThat(limited.json().get("type").asText()).isEqualTo("urn:centrala:problem:rate-limited");
    }

    /**
     * Issue 9, item 4: devices are listed by whether their phone is registered on the PBX now (as the
     * link saw it), over REST, in the CSV export and over SOAP, and found by free text; nobody can
     * tell while the tenant's PBX is not linked (409, not an empty list).
     */
    @Test
    public void devicesAreListedByRegistrationOnThePbxAndFoundByText() throws Exception {
        Tenant t = new Tenant();
        String owner = t.backOfficeUser("Eva");
        PbxTenant.Device desk = t.sipDevice("Eva's desk", owner);
        PbxTenant.Device spare = t.sipDevice("Spare handset", owner);
        String mobile = t.mobileDevice("+381 64 777 0102", owner);
        t.awaitLinkConnected();
        assertThat(deviceIds(t, "registered=true")).as("nothing registered yet").isEmpty();
        assertThat(deviceIds(t, "registered=false")).as("mobiles have no registration").containsExactlyInAnyOrder(desk.id, spare.id);

        pbx.register(desk.sip);
        Poll.until("the registration is seen", Duration.ofSeconds(15), () -> deviceIds(t, "registered=true").equals(List.of(desk.id)));
        assertThat(deviceIds(t, "registered=false")).containsExactly(spare.id);
        assertThat(deviceIds(t, "registered=true&q=spare")).as("the filters add up").isEmpty();
        assertThat(deviceIds(t, "q=SPARE")).containsExactly(spare.id);
        assertThat(deviceIds(t, "q=0647770102")).as("digits of a mobile number").containsExactly(mobile);
        assertThat(deviceIds(t, "q=" + desk.sip.substring(0, 6))).contains(desk.id);
        JsonNode paged = api.get(t.path("/devices?registered=false&size=1&page=0")).json();
        assertThat(paged.get("total").asInt()).isEqualTo(1);
        assertThat(paged.get("items")).hasSize(1);

        Answer csv = api.get(t.path("/devices?registered=true&format=csv"));
        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        assertThat(csv.body()).contains(desk.id).doesNotContain(spare.id).doesNotContain(mobile);
        Answer soap = api.soapDirectory("listDevices", "<t:tenantId>" + t.id + "</t:tenantId><t:registered>true</t:registered>");
        assertThat(soap.status()).as(soap.body()).isEqualTo(200);
        assertThat(soap.body()).contains(desk.id).doesNotContain(spare.id);
        assertThat(api.soapDirectory("listDevices", "<t:tenantId>" + t.id + "</t:tenantId><t:q>spare</t:q>").body())
                .contains(spare.id).doesNotContain(desk.id);

        Answer wrong = api.get(t.path("/devices?registered=yes"));
        assertThat(wrong.status()).as(wrong.body()).isEqualTo(400);
        assertThat(wrong.json().at("/errors/0/field").asText()).isEqualTo("registered");

        Tenant unlinked = new Tenant("nobody");
        unlinked.sipDevice("Desk", unlinked.backOfficeUser("Ivo"));
        Answer unknown = api.get(unlinked.path("/devices?registered=true"));
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(409);
        assertThat(unknown.json().get("detail").asText()).contains("not linked");
        assertThat(api.get(unlinked.path("/devices")).status()).as("without the filter the list does not need the PBX").isEqualTo(200);
    }

    private List<String> deviceIds(PbxTenant t, String query) {
        Answer answer = api.get(t.path("/devices?" + query));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        List<String> ids = new java.util.ArrayList<>();
        answer.json().get("items").forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    /**
     * Issue 11, items 4 and 10: the tenant's dialling rules, each tenant's own and audited, applied
     * by the routing to numbers dialled on phones (the outside-line prefix, barred kinds and
     * beginnings, international calls) and by click-to-call, which never needs the prefix.
     */
    @Test
    public void theTenantsDiallingRulesApplyToNumbersDialledOnPhonesAndToClickToCall() throws Exception {
        Tenant t = new Tenant();
        String agent = t.agent("dina", "311");
        PbxTenant.Device phone = t.sipDevice("Dina's phone", agent);
        t.awaitLinkConnected();
        String rules = t.path("/dialling-rules");
        JsonNode defaults = api.get(rules).json();
        assertThat(defaults.get("stored").asBoolean()).isFalse();
        assertThat(defaults.get("barredNumberTypes").toString()).isEqualTo("[\"PREMIUM_RATE\"]");

        Answer incomplete = api.put(rules, "{\"outsideLinePrefix\":\"0x\",\"barredPrefixes\":[\"381\"]}");
        assertThat(incomplete.status()).as(incomplete.body()).isEqualTo(400);
        assertThat(incomplete.json().findValuesAsText("field")).contains("outsideLinePrefix", "internationalAllowed",
                "barredNumberTypes", "barredPrefixes[0]");
        assertThat(api.put(rules, "{\"outsideLinePrefix\":\"0\",\"internationalAllowed\":true,\"barredNumberTypes\":[\"NOPE\"],"
                + "\"barredPrefixes\":[]}").status()).as("an unknown number type").isEqualTo(400);
        Answer set = api.put(rules, "{\"outsideLinePrefix\":\"9\",\"internationalAllowed\":false,"
                + "\"barredNumberTypes\":[\"PREMIUM_RATE\"],\"barredPrefixes\":[\"+381 65\"]}");
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(set.json().get("stored").asBoolean()).isTrue();
        assertThat(set.json().get("barredPrefixes").toString()).isEqualTo("[\"+38165\"]");
        // Issue 9: with If-Match, only if unchanged since.
        String body = "{\"outsideLinePrefix\":\"9\",\"internationalAllowed\":false,\"barredNumberTypes\":[\"PREMIUM_RATE\"],"
                + "\"barredPrefixes\":[\"+381 65\"]}";
        assertThat(api.put(rules, body.replace("false", "true"), "\"1a.2b\"").status()).as("a version it does not have").isEqualTo(412);
        assertThat(api.put(rules, body, set.header("ETag")).status()).isEqualTo(200);
        assertThat(api.get(t.path("/audit?action=dialling-rules.set")).body()).contains("+38165");
        // R1: another tenant keeps its own, and its administrator cannot read these.
        Tenant other = new Tenant();
        assertThat(api.get(other.path("/dialling-rules")).json().get("stored").asBoolean()).isFalse();
        assertThat(other.admin().get(rules).status()).as("as if it did not exist").isEqualTo(404);

        // On the phone: without the outside-line prefix, with it, a barred beginning, another country.
        pbx.answering("+381641239021", org.centrala.testpbx.Answering.answersAfter(Duration.ofSeconds(1), Duration.ofSeconds(5)));
        TestPbx.CallRun noPrefix = pbx.dialIn(phone.sip, "311", t.context, "0641239021");
        noPrefix.finished().get(30, TimeUnit.SECONDS);
        JsonNode unknown = t.routingDecision(noPrefix.linkedId());
        assertThat(unknown.get("rejection").asText()).isEqualTo("UNKNOWN_NUMBER");
        assertThat(unknown.get("reason").asText()).isEqualTo("no user or queue has extension 0641239021 and outside numbers"
                + " are dialled with the outside-line prefix 9 first");
        TestPbx.CallRun prefixed = pbx.dialIn(phone.sip, "311", t.context, "90641239021");
        prefixed.finished().get(30, TimeUnit.SECONDS);
        assertThat(t.routingDecision(prefixed.linkedId()).get("reason").asText())
                .isEqualTo("outside number +381641239021 through trunk trunk");
        TestPbx.CallRun barred = pbx.dialIn(phone.sip, "311", t.context, "90651239021");
        barred.finished().get(30, TimeUnit.SECONDS);
        JsonNode refused = t.routingDecision(barred.linkedId());
        assertThat(refused.get("rejection").asText()).isEqualTo("NUMBER_BARRED");
        assertThat(refused.get("reason").asText()).isEqualTo("+381651239021: numbers starting +38165 are barred by the tenant's"
                + " dialling rules");
        TestPbx.CallRun abroad = pbx.dialIn(phone.sip, "311", t.context, "+431534440");
        abroad.finished().get(30, TimeUnit.SECONDS);
        assertThat(t.routingDecision(abroad.linkedId()).get("reason").asText()).contains("international calls are barred");

        // Click-to-call: refused numbers say why; a national number needs no prefix.
        String calls = t.path("/users/" + agent + "/placed-calls");
        pbx.register(phone.sip);
        Answer international = Poll.until("the phone's registration is seen", Duration.ofSeconds(15), () -> {
            Answer answer = api.post(calls, "{\"destination\":\"+43 1 5344 40\"}");
            return answer.status() == 409 ? null : answer;
        });
        assertThat(international.status()).as(international.body()).isEqualTo(400);
        assertThat(international.json().at("/errors/0/message").asText()).isEqualTo("is refused: international calls are barred"
                + " by the tenant's dialling rules");
        assertThat(api.post(calls, "{\"destination\":\"065 123 9021\"}").json().at("/errors/0/message").asText())
                .contains("numbers starting +38165 are barred");
        Answer national = api.post(calls, "{\"destination\":\"064 123 9021\"}");
        assertThat(national.status()).as(national.body()).isEqualTo(202);
        assertThat(national.json().get("destination").asText()).isEqualTo("+381641239021");
        assertThat(t.routingDecision(national.json().get("pbxCallId").asText()).get("reason").asText())
                .isEqualTo("outside number +381641239021 through trunk trunk");
    }

    /**
     * Issue 11, item 6: a call that began and ended while the link was down is recorded from the
     * PBX's own CDR after the reconnect, marked recovered, and never doubled by a later reconnect.
     */
    @Test
    public void aCallOfAnOutageIsRecoveredFromTheCdrOnce() throws Exception {
        Tenant t = new Tenant();
        String rada = t.backOfficeUser("Rada", "321");
        PbxTenant.Device desk = t.sipDevice("Rada's desk", rada);
        PbxTenant.Device other = t.sipDevice("Sava's desk", t.backOfficeUser("Sava", "322"));
        t.awaitLinkConnected();
        java.nio.file.Path csv = java.nio.file.Files.createTempFile("Master", ".csv");
        pbx.cdrFile(csv);
        org.osgi.service.cm.Configuration cdr = configAdmin.createFactoryConfiguration("org.centrala.pbx.cdr", "?");
        cdr.update(new java.util.Hashtable<>(java.util.Map.of("host", "127.0.0.1", "amiPort", String.valueOf(pbx.port()),
                "csvPath", csv.toString())));
        try {
            long connects = t.link().get("connects").asLong();
            pbx.refuseAmi(Duration.ofSeconds(2));
            Poll.until("the link lost", Duration.ofSeconds(10), () -> !t.link().get("state").asText().equals("CONNECTED"));
            TestPbx.CallRun unseen = pbx.internalCall(desk.sip, other.sip, TALK);
            unseen.finished().get(20, TimeUnit.SECONDS);
            assertThat(java.nio.file.Files.readString(csv)).as("the PBX's CDR has it").contains(unseen.linkedId());
            Poll.until("the link back", Duration.ofSeconds(20), () -> t.link().get("state").asText().equals("CONNECTED")
                    && t.link().get("connects").asLong() > connects);

            JsonNode recovered = t.awaitCall(unseen.linkedId());
            assertThat(recovered.get("recovered").asBoolean()).isTrue();
            assertThat(recovered.get("direction").asText()).isEqualTo("INTERNAL");
            assertThat(recovered.get("userId").asText()).isEqualTo(rada);
            assertThat(recovered.get("deviceId").asText()).isEqualTo(desk.id);
            assertThat(recovered.get("disposition").asText()).isEqualTo("ANSWERED");

            // Another reconnect reads the CDR again (the outage overlaps it by a second): still one record.
            long again = t.link().get("connects").asLong();
            pbx.dropConnections();
            Poll.until("the link back again", Duration.ofSeconds(20), () -> t.link().get("state").asText().equals("CONNECTED")
                    && t.link().get("connects").asLong() > again);
            TestPbx.CallRun seen = pbx.internalCall(desk.sip, other.sip, TALK);
            seen.finished().get(20, TimeUnit.SECONDS);
            assertThat(t.awaitCall(seen.linkedId()).get("recovered").asBoolean()).as("seen live").isFalse();
            JsonNode all = api.get(t.path("/calls?size=100")).json().get("items");
            assertThat(all.findValuesAsText("pbxCallId").stream().filter(unseen.linkedId()::equals)).hasSize(1);
        } finally {
            cdr.delete();
            pbx.cdrFile(null);
        }
    }

    /**
     * Issue 11, item 4: a user hands its call on (blind transfer): the caller goes through the tenant's
     * dialplan to the destination, the routing decides again for the same call, the user's phone is free.
     */
    @Test
    public void aBlindTransferSendsTheCallerThroughTheRoutingToTheDestination() throws Exception {
        Tenant t = new Tenant();
        String agent = t.agent("tina", "331");
        PbxTenant.Device phone = t.sipDevice("Tina's phone", agent);
        String clerk = t.backOfficeUser("Uros", "332");
        PbxTenant.Device desk = t.sipDevice("Uros's desk", clerk);
        t.awaitLinkConnected();
        String transfers = t.path("/users/" + agent + "/transfers");
        Answer idle = api.post(transfers, "{\"destination\":\"332\"}");
        assertThat(idle.status()).as(idle.body()).isEqualTo(409);
        assertThat(idle.json().get("detail").asText()).contains("in no call");
        Answer bad = api.post(transfers, "{\"destination\":\"332,Exec(System(id))\"}");
        assertThat(bad.status()).as(bad.body()).isEqualTo(400);
        Answer outside = api.post(transfers, "{\"destination\":\"+381641239031\"}");
        assertThat(outside.status()).as("a transferred outside caller is never dialled out (toll fraud)").isEqualTo(400);
        assertThat(outside.json().at("/errors/0/field").asText()).isEqualTo("destination");

        // Tina answers an outside caller and would talk an hour (18 s at the suite's time scale).
        pbx.answering(phone.sip, org.centrala.testpbx.Answering.answersAfter(Duration.ofSeconds(1), Duration.ofHours(1)));
        pbx.answering(desk.sip, org.centrala.testpbx.Answering.answersAfter(Duration.ofSeconds(1), Duration.ofSeconds(5)));
        TestPbx.CallRun call = pbx.dialIn("trunk", "+381111000331", t.context, "331");
        call.answered().get(20, TimeUnit.SECONDS);
        Answer moved = api.post(transfers, "{\"destination\":\"332\"}");
        assertThat(moved.status()).as(moved.body()).isEqualTo(202);
        assertThat(moved.json().get("kind").asText()).isEqualTo("EXTENSION");
        assertThat(moved.json().get("deviceId").asText()).isEqualTo(phone.id);

        // The routing decided again for the same call: Uros's desk rang and answered.
        Poll.until("the routing's decision for the transfer", Duration.ofSeconds(20), () -> {
            JsonNode items = api.get(t.path("/routing/decisions?pbxCallId=" + call.linkedId())).json().get("items");
            for (JsonNode decision : items) {
                if ("332".equals(decision.get("dialled").asText()) && "ANSWERED".equals(decision.path("outcome").asText())) {
                    return true;
                }
            }
            return false;
        });
        JsonNode record = t.awaitCall(call.linkedId());
        assertThat(record.get("userId").asText()).as("the record stays the user who answered first").isEqualTo(agent);
        assertThat(record.get("durationSeconds").asLong()).as("ended with Uros's short talk, not Tina's hour").isLessThan(10);
        assertThat(api.post(transfers, "{\"destination\":\"332\"}").status()).as("Tina's phone is free").isEqualTo(409);
        assertThat(api.get(t.path("/audit?action=call.transferred")).body()).contains(phone.id).contains("destination=EXTENSION");
    }

    /**
     * Issue 11, item 4: an attended transfer. The agent talks to the destination first while the
     * caller waits; a cancel returns to the caller; hanging up completes it, the caller talks to
     * the destination, and the call keeps one record. A PBX without the atxfer code is a clear 409.
     */
    @Test
    public void anAttendedTransferLetsTheUserTalkToTheDestinationFirst() throws Exception {
        Tenant t = new Tenant();
        String agent = t.agent("olga", "341");
        PbxTenant.Device phone = t.sipDevice("Olga's phone", agent);
        String clerk = t.backOfficeUser("Petar", "342");
        PbxTenant.Device desk = t.sipDevice("Petar's desk", clerk);
        t.awaitLinkConnected();
        String transfers = t.path("/users/" + agent + "/transfers");
        pbx.answering(phone.sip, org.centrala.testpbx.Answering.answersAfter(Duration.ofSeconds(1), Duration.ofHours(1)));
        pbx.answering(desk.sip, org.centrala.testpbx.Answering.answersAfter(Duration.ofSeconds(1), Duration.ofHours(1)));
        TestPbx.CallRun call = pbx.dialIn("trunk", "+381111000501", t.context, "341");
        awaitConnected(t, agent, "+381111000501");
        Answer nothingToCancel = api.delete(transfers + "/current");
        assertThat(nothingToCancel.status()).as(nothingToCancel.body()).isEqualTo(409);
        assertThat(nothingToCancel.json().get("detail").asText()).contains("no attended transfer under way");

        try {
            pbx.atxferCode("");
            Answer noCode = api.post(transfers, "{\"destination\":\"342\",\"attended\":true}");
            assertThat(noCode.status()).as(noCode.body()).isEqualTo(409);
            assertThat(noCode.json().get("detail").asText()).contains("No attended transfer feature code found")
                    .contains("features.conf");
        } finally {
            pbx.atxferCode("*2");
        }

        // Consult Petar, think better of it, and go back to the caller.
        Answer consulting = api.post(transfers, "{\"destination\":\"342\",\"attended\":true}");
        assertThat(consulting.status()).as(consulting.body()).isEqualTo(202);
        assertThat(consulting.json().get("mode").asText()).isEqualTo("ATTENDED");
        awaitConnected(t, clerk, null);
        Answer cancelled = api.delete(transfers + "/current");
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(204);
        Poll.until("Petar's phone free again", Duration.ofSeconds(10),
                () -> api.get(t.path("/users/" + clerk + "/current-calls")).json().get("calls").isEmpty());
        awaitConnected(t, agent, "+381111000501");

        // Consult again, and hang up: the caller is Petar's now.
        assertThat(api.post(transfers, "{\"destination\":\"342\",\"attended\":true}").status()).isEqualTo(202);
        awaitConnected(t, clerk, null);
        assertThat(api.post(t.path("/users/" + agent + "/hang-ups"), "").status()).isEqualTo(200);
        Poll.until("Olga's phone free", Duration.ofSeconds(10),
                () -> api.get(t.path("/users/" + agent + "/current-calls")).json().get("calls").isEmpty());
        assertThat(api.get(t.path("/users/" + clerk + "/current-calls")).json().at("/calls/0/state").asText())
                .as("the caller talks to Petar").isEqualTo("CONNECTED");
        JsonNode decisions = api.get(t.path("/routing/decisions?pbxCallId=" + call.linkedId())).json().get("items");
        assertThat(decisions.findValuesAsText("dialled")).as("the call, then each consultation").containsExactlyInAnyOrder(
                "341", "342", "342");

        // Petar hangs up: one call, Olga's (the first who answered), as for a blind transfer.
        assertThat(api.post(t.path("/users/" + clerk + "/hang-ups"), "").status()).isEqualTo(200);
        JsonNode record = t.awaitCall(call.linkedId());
        assertThat(record.get("userId").asText()).isEqualTo(agent);
        assertThat(record.get("disposition").asText()).isEqualTo("ANSWERED");
        assertThat(api.get(t.path("/calls?size=100")).json().get("items").findValuesAsText("pbxCallId").stream()
                .filter(call.linkedId()::equals)).hasSize(1);
        assertThat(api.get(t.path("/audit?action=call.transferred")).body()).contains("mode=ATTENDED").contains(phone.id);
        assertThat(api.get(t.path("/audit?action=call.transfer-cancelled")).json().get("total").asInt()).isEqualTo(1);
    }

    /** Polls until the user's phone talks with someone (that number, unless null). */
    private void awaitConnected(PbxTenant t, String userId, String number) {
        Poll.until("user " + userId + "'s phone connected" + (number == null ? "" : " with " + number), Duration.ofSeconds(20), () -> {
            JsonNode calls = api.get(t.path("/users/" + userId + "/current-calls")).json().get("calls");
            return calls.size() == 1 && calls.get(0).get("state").asText().equals("CONNECTED")
                    && (number == null || number.equals(calls.get(0).path("otherNumber").asText()));
        });
    }

    /**
     * Issue 11, items 4 and 10: a user sees its current call as its phone shows it (the desk's view,
     * from the link's live events) and hangs it up from Centrala; the other party ends with it.
     */
    @Test
    public void aUserHangsUpItsCurrentCallAndTheOtherPartyEndsWithIt() throws Exception {
        Tenant t = new Tenant();
        String agent = t.agent("hugo", "311");
        PbxTenant.Device phone = t.sipDevice("Hugo's phone", agent);
        t.awaitLinkConnected();
        pbx.register(phone.sip);
        String hangUps = t.path("/users/" + agent + "/hang-ups");
        Answer nothing = api.post(hangUps, "");
        assertThat(nothing.status()).as(nothing.body()).isEqualTo(409);
        assertThat(nothing.json().get("detail").asText()).contains("no call to hang up");

        // An hour's talk (18 s at the suite's time scale), hung up as soon as the routing dialled the number.
        pbx.answering("+381641239021", org.centrala.testpbx.Answering.answersAfter(Duration.ofSeconds(2), Duration.ofHours(1)));
        Answer placed = Poll.until("the phone's registration is seen", Duration.ofSeconds(15), () -> {
            Answer answer = api.post(t.path("/users/" + agent + "/placed-calls"), "{\"destination\":\"+381641239021\"}");
            return answer.status() == 202 ? answer : null;
        });
        String pbxCallId = placed.json().get("pbxCallId").asText();
        t.routingDecision(pbxCallId);
        String current = t.path("/users/" + agent + "/current-calls");
        JsonNode talking = Poll.until("the phone connected with the number", Duration.ofSeconds(15), () -> {
            JsonNode calls = api.get(current).json().get("calls");
            return calls.size() == 1 && calls.get(0).get("state").asText().equals("CONNECTED") ? calls.get(0) : null;
        });
        assertThat(talking.get("pbxCallId").asText()).isEqualTo(pbxCallId);
        assertThat(talking.get("outgoing").asBoolean()).as("click-to-call is the user's outgoing call").isTrue();
        assertThat(talking.get("otherNumber").asText()).isEqualTo("+381641239021");
        assertThat(talking.get("connectedAt").isNull()).isFalse();
        assertThat(api.get(current).json().get("deviceId").asText()).isEqualTo(phone.id);
        Answer hungUp = api.post(hangUps, "");
        assertThat(hungUp.status()).as(hungUp.body()).isEqualTo(200);
        assertThat(hungUp.json().get("channels").asInt()).isEqualTo(1);
        assertThat(hungUp.json().get("deviceId").asText()).isEqualTo(phone.id);

        JsonNode call = t.awaitCall(pbxCallId);
        assertThat(call.get("durationSeconds").asLong()).as("ended at the hang-up, not after its 18 s").isLessThan(10);
        assertThat(call.get("endInferred").asBoolean()).isFalse();
        assertThat(api.post(hangUps, "").status()).as("nothing left to hang up").isEqualTo(409);
        Poll.until("no call on the phone", Duration.ofSeconds(10), () -> api.get(current).json().get("calls").isEmpty());
        assertThat(api.get(t.path("/audit?action=call.hung-up")).body()).contains(phone.id);

        // R1: another tenant's administrator cannot hang up this tenant's calls.
        Tenant other = new Tenant();
        PbxTenant.Login stranger = other.login("eve", other.department, "[\"ADMINISTRATOR\"]");
        assertThat(stranger.api().post(hangUps, "").status()).isIn(403, 404);
        assertThat(stranger.api().get(current).status()).isIn(403, 404);
        assertThat(api.get(current + "?colour=red").status()).as("unknown query parameters").isEqualTo(400);
    }

    @Test
    public void queueCallsAnsweredAndAbandonedAreRecordedWithTheirQueueAndAgent() throws Exception {
        Tenant t = new Tenant();
        String ana = t.agent("ana");
        String bo = t.agent("bo");
        PbxTenant.Device anaPhone = t.sipDevice("Ana's phone", ana);
        PbxTenant.Device boPhone = t.sipDevice("Bo's phone", bo);
        t.awaitLinkConnected();

        TestPbx.CallRun answered = pbx.queueCall("+381111000003", t.context, "support-" + t.context,
                List.of(anaPhone.sip, boPhone.sip), boPhone.sip, Duration.ofSeconds(30), TALK);
        TestPbx.CallRun abandoned = pbx.queueCall("+381111000004", t.context, "support-" + t.context,
                List.of(anaPhone.sip, boPhone.sip), null, Duration.ofSeconds(30), TALK);
        answered.finished().get(20, TimeUnit.SECONDS);
        abandoned.finished().get(20, TimeUnit.SECONDS);

        JsonNode taken = t.awaitCall(answered.linkedId());
        assertThat(taken.get("queue").asText()).isEqualTo("support-" + t.context);
        assertThat(taken.get("userId").asText()).isEqualTo(bo);
        assertThat(taken.get("deviceId").asText()).isEqualTo(boPhone.id);
        assertThat(taken.get("disposition").asText()).isEqualTo("ANSWERED");
        assertThat(taken.get("recorded").asBoolean()).isTrue();

        JsonNode lost = t.awaitCall(abandoned.linkedId());
        assertThat(lost.get("disposition").asText()).isEqualTo("ABANDONED");
        assertThat(lost.get("userId").isNull()).as("an abandoned call is nobody's").isTrue();

        JsonNode link = sharedLink();
        assertThat(link.get("queueMembersKnown").asInt()).as("the queue's members, from QueueMemberStatus")
                .isGreaterThanOrEqualTo(2);

        // The agent's own view, and the CSV export, show the same records.
        Answer own = api.get(t.path("/users/" + bo + "/calls"));
        assertThat(own.status()).as(own.body()).isEqualTo(200);
        assertThat(own.json().get("total").asInt()).isEqualTo(1);
        Answer csv = api.get(t.path("/calls?format=csv"));
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body().lines().count()).isEqualTo(3);
        assertThat(csv.body()).startsWith("id,tenantId,pbxCallId,direction").contains(answered.linkedId())
                .contains(abandoned.linkedId());
    }

    @Test
    public void clickToCallIsAnOutboundCallOfTheUserAndRegistrationShowsInTheLink() throws Exception {
        Tenant t = new Tenant();
        String ana = t.agent("ana");
        PbxTenant.Device phone = t.sipDevice("Ana's desk", ana);
        t.awaitLinkConnected();
        pbx.register(phone.sip);

        TestPbx.CallRun run = pbx.originate(phone.sip, "+381111000005", t.context, TALK);
        run.finished().get(20, TimeUnit.SECONDS);

        JsonNode call = t.awaitCall(run.linkedId());
        assertThat(call.get("direction").asText()).isEqualTo("OUTBOUND");
        assertThat(call.get("userId").asText()).isEqualTo(ana);
        assertThat(call.get("deviceId").asText()).isEqualTo(phone.id);
        assertThat(call.get("toNumber").asText()).isEqualTo("+381111000005");
        assertThat(call.get("disposition").asText()).isEqualTo("ANSWERED");

        JsonNode link = sharedLink();
        assertThat(link.get("devicesKnown").asInt()).isPositive();
        assertThat(link.get("eventsDropped").asLong()).isZero();
    }

    @Test
    public void pbxRestartInTheMiddleOfCallsLosesNoCallRecordAndDoublesNone() throws Exception {
        Tenant t = new Tenant();
        String ana = t.agent("ana");
        PbxTenant.Device a = t.sipDevice("A", ana);
        PbxTenant.Device b = t.sipDevice("B", t.agent("bo"));
        t.awaitLinkConnected();
        long connectsBefore = t.link().get("connects").asLong();

        // Three calls that are talking when the PBX goes down (talk 2 h at 1/200 = 36 s).
        List<TestPbx.CallRun> interrupted = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            interrupted.add(pbx.internalCall(a.sip, b.sip, Duration.ofHours(2)));
        }
        for (TestPbx.CallRun run : interrupted) {
            run.answered().get(10, TimeUnit.SECONDS);
        }
        java.time.Instant restarting = java.time.Instant.now();
        pbx.restart(Duration.ofMillis(800));
        Poll.until("the link notices", Duration.ofSeconds(10),
                () -> !t.link().get("state").asText().equals("CONNECTED")
                        || t.link().get("connects").asLong() > connectsBefore);
        Poll.until("reconnected", Duration.ofSeconds(20), () -> t.link().get("state").asText().equals("CONNECTED")
                && t.link().get("connects").asLong() > connectsBefore);

        for (TestPbx.CallRun run : interrupted) {
            JsonNode call = t.awaitCall(run.linkedId());
            assertThat(call.get("endInferred").asBoolean()).as("ended while the link was down").isTrue();
            assertThat(call.get("direction").asText()).isEqualTo("INTERNAL");
            // Issue 11: the outage is not talk time; the call ends when the PBX was last seen alive,
            // not at the reconnect (800 ms of downtime and the first retry later).
            assertThat(java.time.Instant.parse(call.get("endedAt").asText())).as("ended at the last sign of life")
                    .isBeforeOrEqualTo(restarting.plusMillis(300));
        }
        // A call after the restart is recorded normally; nothing appears twice.
        TestPbx.CallRun after = pbx.internalCall(a.sip, b.sip, TALK);
        after.finished().get(20, TimeUnit.SECONDS);
        assertThat(t.awaitCall(after.linkedId()).get("endInferred").asBoolean()).isFalse();
        JsonNode all = api.get(t.path("/calls?size=100")).json();
        assertThat(all.get("total").asInt()).isEqualTo(4);
    }

    @Test
    public void droppedConnectionResynchronisesCallsStillInProgressAndRecordsThemOnce() throws Exception {
        Tenant t = new Tenant();
        PbxTenant.Device a = t.sipDevice("A", t.agent("ana"));
        PbxTenant.Device b = t.sipDevice("B", t.agent("bo"));
        t.awaitLinkConnected();
        long connectsBefore = t.link().get("connects").asLong();

        TestPbx.CallRun running = pbx.internalCall(a.sip, b.sip, Duration.ofMinutes(20)); // 6 s scaled
        running.answered().get(10, TimeUnit.SECONDS);
        pbx.dropConnections();
        Poll.until("reconnected", Duration.ofSeconds(20), () -> t.link().get("connects").asLong() > connectsBefore
                && t.link().get("state").asText().equals("CONNECTED"));
        running.finished().get(30, TimeUnit.SECONDS);

        JsonNode call = t.awaitCall(running.linkedId());
        assertThat(call.get("endInferred").asBoolean()).as("its hang-up was seen after the resync").isFalse();
        assertThat(call.get("disposition").asText()).isEqualTo("ANSWERED");
        assertThat(api.get(t.path("/calls")).json().get("total").asInt()).isEqualTo(1);
    }

    /**
     * Issue 8, item 2: the call records are a consumer of the link in a bundle of their own. Updating
     * that bundle five times while calls end never drops the AMI connection, and every call is
     * recorded exactly once; the other concerns go on answering.
     */
    @Test
    public void updatingTheCallRecordsBundleDropsNoAmiConnectionAndLosesOrDoublesNoRecord() throws Exception {
        Tenant t = new Tenant();
        PbxTenant.Device a = t.sipDevice("A", t.agent("ana"));
        PbxTenant.Device b = t.sipDevice("B", t.agent("bo"));
        t.awaitLinkConnected();
        long connects = t.link().get("connects").asLong();
        Api anonymous = api.as(null);
        List<TestPbx.CallRun> calls = new ArrayList<>();
        try (Readers readers = Readers.start(api, List.of(t.path(""), t.path("/users"), t.path("/departments")), 20)) {
            for (int round = 1; round <= 5; round++) {
                TestPbx.CallRun during = pbx.internalCall(a.sip, b.sip, Duration.ofSeconds(200)); // 1 s scaled: ends during the update
                calls.add(during);
                during.answered().get(10, TimeUnit.SECONDS);
                Bundle records = Bundles.updateAndRefresh(bundleContext, "centrala-call-records");
                during.finished().get(30, TimeUnit.SECONDS);
                Poll.until("the call records back", Duration.ofSeconds(60),
                        () -> records.getState() == Bundle.ACTIVE && anonymous.get("/api/v1/health/ready").status() == 200);
                TestPbx.CallRun after = pbx.internalCall(a.sip, b.sip, TALK);
                calls.add(after);
                after.finished().get(30, TimeUnit.SECONDS);
            }
            readers.close();
            assertThat(readers.failures()).as("failed reads of other concerns, of " + readers.count()).isEmpty();
        }
        for (TestPbx.CallRun call : calls) {
            t.awaitCall(call.linkedId());
        }
        JsonNode recorded = api.get(t.path("/calls?size=100")).json();
        assertThat(recorded.get("total").asInt()).as("every call recorded once, none doubled").isEqualTo(calls.size());
        List<String> ids = new ArrayList<>();
        recorded.get("items").forEach(call -> ids.add(call.get("pbxCallId").asText()));
        assertThat(ids).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(calls.stream().map(TestPbx.CallRun::linkedId).toList());
        assertThat(t.link().get("connects").asLong()).as("AMI connections made during the updates").isEqualTo(connects);
        assertThat(t.link().get("state").asText()).isEqualTo("CONNECTED");
    }

    @Test
    public void aTenantSeesNeitherAnotherTenantsCallsNorItsLink() throws Exception {
        Tenant mine = new Tenant();
        Tenant other = new Tenant();
        PbxTenant.Device a = other.sipDevice("A", other.agent("ana"));
        PbxTenant.Device b = other.sipDevice("B", other.agent("bo"));
        other.awaitLinkConnected();
        TestPbx.CallRun run = pbx.internalCall(a.sip, b.sip, TALK);
        run.finished().get(20, TimeUnit.SECONDS);
        JsonNode call = other.awaitCall(run.linkedId());

        Api admin = mine.admin();
        assertThat(admin.get(other.path("/calls")).status()).isEqualTo(404);
        assertThat(admin.get(other.path("/calls/" + call.get("id").asText())).status()).isEqualTo(404);
        assertThat(admin.get(mine.path("/calls/" + call.get("id").asText())).status()).isEqualTo(404);
        assertThat(admin.get(other.path("/pbx/link")).status()).isEqualTo(404);
        assertThat(admin.get("/api/v1/pbx/links").status()).isEqualTo(403);
        Answer own = admin.get(mine.path("/pbx/link"));
        assertThat(own.status()).as(own.body()).isEqualTo(200);
        assertThat(own.json().get("tenantIds").size()).as("other tenants on the same PBX stay hidden").isEqualTo(1);
        assertThat(own.json().get("eventsReceived").asLong()).as("and their traffic").isEqualTo(-1);
        assertThat(own.json().get("callsInProgress").asInt()).isEqualTo(-1);
        assertThat(admin.get(mine.path("/calls")).json().get("total").asInt()).isZero();
    }

    @Test
    public void r6_r18_aSupervisorSeesItsDepartmentsAgentsOnlyAndAnAgentOnlyItself() throws Exception {
        Tenant t = new Tenant();
        String care = api.id(api.post(t.path("/departments"), "{\"name\":\"Care\",\"countryCode\":\"RS\"}"));
        PbxTenant.Login ana = t.login("ana", t.department, "[]");
        PbxTenant.Login bo = t.login("bo", care, "[]");
        String desk = t.backOfficeUser("Desk");
        PbxTenant.Device anaPhone = t.sipDevice("Ana's phone", ana.id());
        PbxTenant.Device boPhone = t.sipDevice("Bo's phone", bo.id());
        PbxTenant.Device deskPhone = t.sipDevice("Desk phone", desk);
        PbxTenant.Login supervisor = t.login("sup", t.department, "[\"SUPERVISOR\"]");
        t.awaitLinkConnected();
        String anaCall = t.awaitCall(pbx.originate(anaPhone.sip, "+381111000011", t.context, TALK).linkedId())
                .get("id").asText();
        String boCall = t.awaitCall(pbx.originate(boPhone.sip, "+381111000012", t.context, TALK).linkedId())
                .get("id").asText();
        String deskCall = t.awaitCall(pbx.inboundCall("+381111000013", t.context, "100",
                List.of(RingTarget.sip(deskPhone.sip, Duration.ofSeconds(10))), 0, TALK).linkedId()).get("id").asText();

        // R18: the supervisor of Sales sees Sales' contact-centre users; R6: no back-office user's calls.
        JsonNode seen = supervisor.api().get(t.path("/calls?size=100")).json();
        assertThat(seen.get("total").asInt()).isEqualTo(1);
        assertThat(seen.at("/items/0/id").asText()).isEqualTo(anaCall);
        assertThat(supervisor.api().get(t.path("/calls/" + anaCall)).status()).isEqualTo(200);
        assertThat(supervisor.api().get(t.path("/calls/" + boCall)).status()).isEqualTo(404);
        assertThat(supervisor.api().get(t.path("/calls/" + deskCall)).status()).isEqualTo(404);
        assertThat(supervisor.api().get(t.path("/users/" + ana.id() + "/calls")).json().get("total").asInt()).isEqualTo(1);
        assertThat(supervisor.api().get(t.path("/users/" + bo.id() + "/calls")).status()).isEqualTo(404);
        assertThat(supervisor.api().get(t.path("/users/" + desk + "/calls")).status()).isEqualTo(404);
        assertThat(supervisor.api().get(t.path("/calls?userId=" + bo.id())).json().get("total").asInt()).isZero();

        // An agent: its own calls, nobody else's, and no tenant-wide list.
        Answer own = ana.api().get(t.path("/users/" + ana.id() + "/calls"));
        assertThat(own.status()).as(own.body()).isEqualTo(200);
        assertThat(own.json().at("/items/0/id").asText()).isEqualTo(anaCall);
        assertThat(ana.api().get(t.path("/users/" + bo.id() + "/calls")).status()).isEqualTo(403);
        assertThat(ana.api().get(t.path("/calls")).status()).isEqualTo(403);
        assertThat(ana.api().get(t.path("/calls/" + anaCall)).status()).isEqualTo(403);
        assertThat(ana.api().get(t.path("/pbx/link")).status()).isEqualTo(403);

        // A developer reads the whole tenant, but R6 keeps back-office calls for administrators.
        Api developer = t.login("dev", care, "[\"DEVELOPER\"]").api();
        JsonNode developerSees = developer.get(t.path("/calls?size=100")).json();
        assertThat(developerSees.get("total").asInt()).isEqualTo(2);
        assertThat(developerSees.toString()).contains(anaCall).contains(boCall).doesNotContain(deskCall);
        assertThat(developer.get(t.path("/calls/" + deskCall)).status()).isEqualTo(404);
        assertThat(developer.get(t.path("/users/" + desk + "/calls")).status()).isEqualTo(404);

        // The administrator sees all three (R6: back-office calls included); another tenant none.
        assertThat(t.admin().get(t.path("/calls")).json().get("total").asInt()).isEqualTo(3);
        Api stranger = new Tenant().admin();
        assertThat(stranger.get(t.path("/users/" + ana.id() + "/calls")).status()).isEqualTo(404);
        assertThat(stranger.get(t.path("/calls?format=csv")).status()).isEqualTo(404);
    }

    @Test
    public void aRefusedLogInShowsAsAuthenticationFailedUntilThePbxRecordIsFixed() {
        Tenant t = new Tenant("not-on-this-pbx");
        JsonNode refused = Poll.until("the refused log-in", Duration.ofSeconds(30), () -> {
            JsonNode link = t.link();
            return link.get("state").asText().equals("AUTHENTICATION_FAILED") ? link : null;
        });
        assertThat(refused.get("amiUser").asText()).isEqualTo("not-on-this-pbx");
        assertThat(refused.get("lastError").asText()).contains("not-on-this-pbx");
        assertThat(refused.get("since").isNull()).isFalse();
        assertThat(refused.get("connects").asLong()).isZero();
        assertThat(refused.toString()).doesNotContain("pbx-secret");

        Answer fixed = api.put("/api/v1/tenants/" + t.id, t.body("centrala", "pbx-secret"));
        assertThat(fixed.status()).as(fixed.body()).isEqualTo(200);
        t.awaitLinkConnected();
        assertThat(t.link().get("amiUser").asText()).isEqualTo("centrala");
        JsonNode links = api.get("/api/v1/pbx/links").json();
        for (JsonNode link : links) {
            assertThat(link.get("amiUser").asText()).as("the refused link is stopped").isNotEqualTo("not-on-this-pbx");
        }
    }

    @Test
    public void aTenantWithAnotherSecretForASharedAmiUserNeitherRidesOnTheLinkNorTakesItAway() {
        Tenant established = new Tenant();
        established.awaitLinkConnected();
        Tenant typo = new Tenant("centrala", "not-the-secret");

        JsonNode refused = Poll.until("the refused tenant's status", Duration.ofSeconds(30), () -> {
            Answer answer = typo.admin().get(typo.path("/pbx/link"));
            return answer.status() == 200 ? answer.json() : null;
        });
        assertThat(refused.get("state").asText()).isEqualTo("AUTHENTICATION_FAILED");
        assertThat(refused.get("lastError").asText()).contains("secret differs");
        assertThat(refused.toString()).doesNotContain("pbx-secret").doesNotContain(established.id);
        assertThat(established.link().get("state").asText()).as("the shared link carries on").isEqualTo("CONNECTED");
        JsonNode shared = sharedLink();
        assertThat(shared.toString()).contains(established.id).doesNotContain(typo.id);

        Answer fixed = api.put("/api/v1/tenants/" + typo.id, typo.body("centrala", "pbx-secret"));
        assertThat(fixed.status()).as(fixed.body()).isEqualTo(200);
        typo.awaitLinkConnected();
    }

    @Test
    public void badCallQueriesAreProblemsThatNameTheField() {
        Tenant t = new Tenant();
        assertProblem(api.get(t.path("/calls?from=yesterday")), 400, "from");
        assertProblem(api.get(t.path("/calls?from=%2B300000000-01-01T00:00:00Z")), 400, "from");
        assertProblem(api.get(t.path("/calls?to=-0001-01-01T00:00:00Z")), 400, "to");
        assertProblem(api.get(t.path("/calls?from=2026-11-27T10:00:00Z&to=2026-11-27T09:00:00Z")), 400, "to");
        assertProblem(api.get(t.path("/calls?format=xml")), 400, "format");
        assertProblem(api.get(t.path("/calls?size=0")), 400, "size");
        assertProblem(api.get(t.path("/calls?page=-1")), 400, "page");
        assertProblem(api.get(t.path("/calls?sort=callerPassword")), 400, "sort");
        assertProblem(api.get(t.path("/calls/no-such-call")), 404, null);
        assertProblem(api.get(t.path("/users/no-such-user/calls")), 404, null);
        assertProblem(api.get("/api/v1/tenants/no-such-tenant/calls"), 404, null);
        assertProblem(api.get("/api/v1/tenants/no-such-tenant/calls?format=csv"), 404, null);
        assertProblem(api.get(t.path("/calls/" + "x".repeat(60))), 404, null);
        Answer longUser = api.get(t.path("/calls?userId=" + "y".repeat(60)));
        assertThat(longUser.status()).as(longUser.body()).isEqualTo(200);
        assertThat(longUser.json().get("total").asInt()).isZero();
    }

    private static void assertProblem(Answer answer, int status, String field) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body()).doesNotContain("Exception").doesNotContain("\tat ");
        if (field != null) {
            assertThat(answer.body()).contains("\"" + field + "\"");
        }
    }

    /** The operator's view of the one connection all "centrala" tenants of this suite share. */
    private JsonNode sharedLink() {
        String id = "centrala@127.0.0.1:" + pbx.port();
        JsonNode links = api.get("/api/v1/pbx/links").json();
        for (JsonNode link : links) {
            if (link.get("id").asText().equals(id)) {
                return link;
            }
        }
        throw new AssertionError("no link " + id + " in " + links);
    }

    /** A tenant of this suite on the test PBX. */
    private final class Tenant extends PbxTenant {
        Tenant() {
            super(api, pbx);
        }

        Tenant(String amiUser) {
            super(api, pbx, amiUser);
        }

        Tenant(String amiUser, String amiSecret) {
            super(api, pbx, amiUser, amiSecret);
        }
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
