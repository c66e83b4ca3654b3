package org.centrala.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.centrala.distribution.Api.Answer;
import org.centrala.testpbx.QueueMemberView;
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
 * Issue 11, item 3 on the real distribution: queues with members and skills, and agents who log in
 * to them with the line they hold (QueueAdd over AMI to the test PBX), pause with a reason
 * (QueuePause), take a queue call and wrap up, and log out (QueueRemove, or by leaving the line);
 * their states follow the PBX's events, each change kept with its cause, each action audited (R9),
 * and only the agent, its tenant's administrators and its department's supervisors may act (R18).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class QueueAgentIT {
    private static final Duration TALK = Duration.ofSeconds(60);

    @Inject
    @Filter(timeout = 120_000)
    private TestPbx pbx;

    @Inject
    private SessionFactory sessionFactory;

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
    public void anAgentOnItsLineLogsInPausesTakesAQueueCallWrapsUpAndLeavesWithTheLine() throws Exception {
        PbxTenant t = new PbxTenant(api, pbx);
        PbxTenant.Login ana = t.login("ana", t.department, "[]");
        Api admin = t.admin();
        // R11: a hot-desk line on a softphone nobody owns; the phone is registered on the PBX.
        Answer phone = api.post(t.path("/devices"), "{\"kind\":\"SIP_SOFTPHONE\",\"label\":\"Hot desk 4\"}");
        assertThat(phone.status()).as(phone.body()).isEqualTo(201);
        String sip = phone.json().at("/device/sipUsername").asText();
        String line = api.id(api.post(t.path("/lines"), "{\"name\":\"Desk 4\",\"deviceId\":\"" + phone.json().at("/device/id").asText() + "\"}"));
        pbx.register(sip);
        t.awaitLinkConnected();

        // The tenant's pause reasons: the defaults until it sets its own.
        assertThat(ana.api().get(t.path("/pause-reasons")).json().get("reasons").toString()).contains("Lunch");
        Answer reasons = admin.put(t.path("/pause-reasons"), "{\"reasons\":[\"Break\",\"Lunch\",\"Coaching\"]}");
        assertThat(reasons.status()).as(reasons.body()).isEqualTo(200);
        assertThat(ana.api().put(t.path("/pause-reasons"), "{\"reasons\":[\"Nap\"]}").status()).as("agents read, not write").isEqualTo(403);
        Answer patchedReasons = admin.patch(t.path("/pause-reasons"), "{\"reasons\":[\"Break\",\"Lunch\",\"Coaching\",\"Training\"]}", null);
        assertThat(patchedReasons.status()).as(patchedReasons.body()).isEqualTo(200);
        assertThat(patchedReasons.json().get("reasons")).hasSize(4);
        String reasonsTag = patchedReasons.header("ETag");
        assertThat(reasonsTag).as("a tenant's own list has a version").isNotBlank();
        assertThat(admin.put(t.path("/pause-reasons"), "{\"reasons\":[\"Break\",\"Lunch\",\"Coaching\"]}", reasonsTag).status()).isEqualTo(200);
        assertThat(admin.patch(t.path("/pause-reasons"), "{\"reasons\":[\"Nap\"]}", reasonsTag).status()).as("a lost update").isEqualTo(412);
        assertThat(admin.patch(t.path("/pause-reasons"), "{\"reasons\":[]}", null).status()).as("1 to 20 reasons").isEqualTo(400);
        assertThat(ana.api().patch(t.path("/pause-reasons"), "{\"reasons\":[\"Nap\"]}", null).status()).isEqualTo(403);

        // Two queues; the PBX knows only the first yet.
        JsonNode support = created(admin.post(t.path("/queues"), "{\"departmentId\":\"" + t.department + "\",\"name\":\"Support\","
                + "\"strategy\":\"RINGALL\",\"serviceLevelSeconds\":20,\"wrapUpSeconds\":2,\"members\":[{\"userId\":\"" + ana.id()
                + "\",\"penalty\":1}]}"));
        assertThat(support.get("pbxName").asText()).as("named apart from other tenants' on one Asterisk").isEqualTo(t.context + "-support");
        JsonNode vip = created(admin.post(t.path("/queues"), "{\"departmentId\":\"" + t.department + "\",\"name\":\"VIP\",\"members\":[{\"userId\":\""
                + ana.id() + "\",\"penalty\":0}]}"));
        pbx.queue(support.get("pbxName").asText());

        // Without the line the agent has no phone; with it, the PBX still lacks VIP: nothing is left half done.
        Answer noPhone = ana.api().post(t.path("/agents/" + ana.id() + "/log-in"), "");
        assertThat(noPhone.status()).as(noPhone.body()).isEqualTo(409);
        assertThat(noPhone.json().get("detail").asText()).contains("log in to a line first (R11)");
        assertThat(ana.api().put(t.path("/lines/" + line + "/holder"), "{\"userId\":\"" + ana.id() + "\"}").status()).isEqualTo(200);
        Answer noQueue = ana.api().post(t.path("/agents/" + ana.id() + "/log-in"), "");
        assertThat(noQueue.status()).as(noQueue.body()).isEqualTo(409);
        assertThat(noQueue.json().get("detail").asText()).contains("No such queue").contains(vip.get("pbxName").asText());
        assertThat(pbx.queueMembers(support.get("pbxName").asText())).as("the queue added before VIP failed is undone").isEmpty();
        assertThat(state(ana, t, ana.id()).get("state").asText()).isEqualTo("LOGGED_OUT");

        // Log-in: QueueAdd with the line's interface, the member's name and its skill as penalty.
        pbx.queue(vip.get("pbxName").asText());
        JsonNode in = ok(ana.api().post(t.path("/agents/" + ana.id() + "/log-in"), ""));
        assertThat(in.get("state").asText()).isEqualTo("AVAILABLE");
        assertThat(in.get("memberInterface").asText()).isEqualTo("PJSIP/" + sip);
        assertThat(in.get("queueIds")).hasSize(2);
        List<QueueMemberView> onPbx = pbx.queueMembers(support.get("pbxName").asText());
        assertThat(onPbx).extracting(QueueMemberView::memberInterface, QueueMemberView::memberName, QueueMemberView::penalty, QueueMemberView::paused)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PJSIP/" + sip, "ana", 1, false));

        // Pause: only the tenant's reasons; the PBX pauses the member with it.
        Answer nap = ana.api().post(t.path("/agents/" + ana.id() + "/pause"), "{\"reason\":\"Nap\"}");
        assertThat(nap.status()).as(nap.body()).isEqualTo(400);
        assertThat(nap.body()).contains("reason").contains("Coaching");
        JsonNode paused = ok(ana.api().post(t.path("/agents/" + ana.id() + "/pause"), "{\"reason\":\"coaching\"}"));
        assertThat(paused.get("state").asText()).isEqualTo("PAUSED");
        assertThat(paused.get("pauseReason").asText()).as("as the tenant spells it").isEqualTo("Coaching");
        assertThat(pbx.queueMembers(support.get("pbxName").asText())).allMatch(m -> m.paused() && "Coaching".equals(m.reason()));

        // A paused agent is not rung: the caller waits and gives up; the agent stays paused.
        pbx.memberQueueCall("+381111000201", t.context, support.get("pbxName").asText(), sip, Duration.ofSeconds(20), TALK)
                .finished().get(30, TimeUnit.SECONDS);
        assertThat(state(ana, t, ana.id()).get("state").asText()).isEqualTo("PAUSED");

        // Resume, then a queue call rings, is answered and ends: ringing, on call, wrap-up (2 s), available.
        assertThat(ok(ana.api().post(t.path("/agents/" + ana.id() + "/resume"), "")).get("state").asText()).isEqualTo("AVAILABLE");
        TestPbx.CallRun call = pbx.memberQueueCall("+381111000202", t.context, support.get("pbxName").asText(), sip,
                Duration.ofSeconds(20), TALK);
        call.finished().get(30, TimeUnit.SECONDS);
        Poll.until("the wrap-up to end", Duration.ofSeconds(20), () -> states(ana, t).contains("WRAP_UP")
                && state(ana, t, ana.id()).get("state").asText().equals("AVAILABLE"));
        List<String> history = states(ana, t);
        assertThat(history).containsSubsequence("LOGGED_OUT", "AVAILABLE", "PAUSED", "AVAILABLE", "RINGING", "ON_CALL", "WRAP_UP", "AVAILABLE");
        // Ringing and on call from AgentCalled, AgentConnect or the phone's own status, whichever came
        // first (they travel on different lanes); the wrap-up from the end of the queue call.
        assertThat(causes(ana, t)).containsSubsequence("LOG_IN", "PAUSE", "RESUME", "AgentComplete", "WRAP_UP_OVER");
        JsonNode record = t.awaitCall(call.linkedId());
        assertThat(record.get("userId").asText()).as("the call is the agent's").isEqualTo(ana.id());
        assertThat(record.get("queue").asText()).isEqualTo(support.get("pbxName").asText());

        // A pause made on the PBX (a phone's feature code, the console) shows too, and is audited as such.
        pbx.pauseMember("PJSIP/" + sip, true, "Break");
        Poll.until("the PBX's pause", Duration.ofSeconds(10), () -> "Break".equals(state(ana, t, ana.id()).path("pauseReason").asText()));
        assertThat(causes(ana, t)).last().isEqualTo("QueueMemberPause");
        // The operator's shell: the agents and their states, and a resume.
        String listed = Shell.run(sessionFactory, "centrala:agent-list " + t.id);
        assertThat(listed).contains("ana").contains("PAUSED").contains("Break").contains("PJSIP/" + sip);
        assertThat(Shell.run(sessionFactory, "centrala:agent-pause --resume " + t.id + " " + ana.id())).contains("AVAILABLE");
        assertThat(Shell.run(sessionFactory, "centrala:queue-list " + t.id)).contains(support.get("pbxName").asText()).contains(ana.id() + ":1");

        // R9: log-in, pauses and resumes are in the audit log, with the reason.
        JsonNode audit = admin.get(t.path("/audit?action=agent.&size=50")).json();
        assertThat(audit.findValuesAsText("action")).contains("agent.logged-in", "agent.paused", "agent.resumed");
        assertThat(audit.toString()).contains("Coaching").contains("PBX");

        // A queue with an agent logged in is not deleted.
        assertThat(admin.delete(t.path("/queues/" + vip.get("id").asText())).status()).isEqualTo(409);

        // R11: leaving the line leaves the queues.
        assertThat(ana.api().delete(t.path("/lines/" + line + "/holder?userId=" + ana.id())).status()).isEqualTo(200);
        Poll.until("the agent logged out with its line", Duration.ofSeconds(10),
                () -> state(ana, t, ana.id()).get("state").asText().equals("LOGGED_OUT"));
        assertThat(pbx.queueMembers(support.get("pbxName").asText())).isEmpty();
        assertThat(pbx.queueMembers(vip.get("pbxName").asText())).isEmpty();
        assertThat(causes(ana, t)).last().isEqualTo("LINE_LEFT");
        assertThat(admin.delete(t.path("/queues/" + vip.get("id").asText())).status()).isEqualTo(204);
    }

    /**
     * Issue 11, item 1: a queue's extension routes callers into the queue through FastAGI, where the
     * logged-in agent whose phone answers takes the call; when nobody answers in time the caller
     * hears that nobody is available. One extension reaches one thing: a user's and a queue's never
     * meet (R1: and another tenant's 500 is not this one's).
     */
    @Test
    public void aQueuesExtensionRoutesCallersIntoTheQueueWhereItsAgentTakesThem() throws Exception {
        PbxTenant t = new PbxTenant(api, pbx);
        PbxTenant.Login ema = t.login("ema", t.department, "[]");
        Api admin = t.admin();
        Answer phone = api.post(t.path("/devices"), "{\"kind\":\"SIP_SOFTPHONE\",\"label\":\"Hot desk 7\"}");
        String sip = phone.json().at("/device/sipUsername").asText();
        String line = api.id(api.post(t.path("/lines"), "{\"name\":\"Desk 7\",\"deviceId\":\"" + phone.json().at("/device/id").asText()
                + "\"}"));
        pbx.register(sip);
        t.awaitLinkConnected();
        t.backOfficeUser("Clerk", "501");

        Answer taken = admin.post(t.path("/queues"), "{\"departmentId\":\"" + t.department + "\",\"name\":\"Orders\",\"extension\":\"501\"}");
        assertThat(taken.status()).as(taken.body()).isEqualTo(409);
        assertThat(taken.json().get("detail").asText()).isEqualTo("extension 501 is taken by user 'Clerk'; extensions are unique"
                + " within a tenant");
        Answer malformed = admin.post(t.path("/queues"), "{\"departmentId\":\"" + t.department + "\",\"name\":\"Orders\",\"extension\":\"05\"}");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().at("/errors/0/field").asText()).isEqualTo("extension");
        JsonNode orders = created(admin.post(t.path("/queues"), "{\"departmentId\":\"" + t.department + "\",\"name\":\"Orders\","
                + "\"extension\":\"500\",\"members\":[{\"userId\":\"" + ema.id() + "\",\"penalty\":0}]}"));
        assertThat(orders.get("extension").asText()).isEqualTo("500");
        String pbxName = orders.get("pbxName").asText();
        Answer userTaken = api.post(t.path("/users"), "{\"type\":\"BACK_OFFICE\",\"departmentId\":\"" + t.department
                + "\",\"displayName\":\"Late\",\"extension\":\"500\"}");
        assertThat(userTaken.status()).as(userTaken.body()).isEqualTo(409);
        assertThat(userTaken.json().get("detail").asText()).contains("extension 500 is taken by queue 'Orders'");
        pbx.queue(pbxName);

        assertThat(ema.api().put(t.path("/lines/" + line + "/holder"), "{\"userId\":\"" + ema.id() + "\"}").status()).isEqualTo(200);
        assertThat(ok(ema.api().post(t.path("/agents/" + ema.id() + "/log-in"), "")).get("state").asText()).isEqualTo("AVAILABLE");

        // A caller dials 500: the routing sends it into the queue, Ema's phone answers.
        pbx.answering(sip, org.centrala.testpbx.Answering.answersAfter(Duration.ofSeconds(2), TALK));
        TestPbx.CallRun call = pbx.dialIn("trunk", "+381111000301", t.context, "500");
        call.finished().get(30, TimeUnit.SECONDS);
        JsonNode decision = t.routingDecision(call.linkedId());
        assertThat(decision.get("outcome").asText()).isEqualTo("ANSWERED");
        assertThat(decision.get("queueId").asText()).isEqualTo(orders.get("id").asText());
        assertThat(decision.get("departmentId").asText()).as("R18: the queue's department").isEqualTo(t.department);
        assertThat(decision.get("reason").asText()).isEqualTo("queue 'Orders' (" + pbxName + ")");
        JsonNode record = t.awaitCall(call.linkedId());
        assertThat(record.get("userId").asText()).as("the agent who took it").isEqualTo(ema.id());
        assertThat(record.get("queue").asText()).isEqualTo(pbxName);
        assertThat(record.get("disposition").asText()).isEqualTo("ANSWERED");

        // Nobody answers within queueWaitSeconds: the caller hears that nobody is available, and why is kept.
        Poll.until("Ema available again", Duration.ofSeconds(15), () -> "AVAILABLE".equals(state(ema, t, ema.id()).get("state").asText()));
        pbx.answering(sip, org.centrala.testpbx.Answering.noAnswer());
        TestPbx.CallRun missed = pbx.dialIn("trunk", "+381111000302", t.context, "500");
        missed.finished().get(30, TimeUnit.SECONDS);
        JsonNode timedOut = t.routingDecision(missed.linkedId());
        assertThat(timedOut.get("outcome").asText()).isEqualTo("NOT_ANSWERED");
        assertThat(timedOut.get("queueId").asText()).isEqualTo(orders.get("id").asText());
        assertThat(t.awaitCall(missed.linkedId()).get("queue").asText()).isEqualTo(pbxName);

        // R1: another tenant's caller dialling 500 in its own context reaches no queue of this one.
        PbxTenant other = new PbxTenant(api, pbx);
        TestPbx.CallRun elsewhere = pbx.dialIn("trunk", "+381111000303", other.context, "500");
        elsewhere.finished().get(30, TimeUnit.SECONDS);
        assertThat(other.routingDecision(elsewhere.linkedId()).get("rejection").asText()).isEqualTo("UNKNOWN_NUMBER");

        assertThat(ema.api().delete(t.path("/lines/" + line + "/holder?userId=" + ema.id())).status()).isEqualTo(200);
    }

    @Test
    public void r18_onlyTheAgentItsAdministratorsAndItsDepartmentsSupervisorsSeeAndActOnIt() throws Exception {
        PbxTenant t = new PbxTenant(api, pbx);
        String care = api.id(api.post(t.path("/departments"), "{\"name\":\"Care\",\"countryCode\":\"RS\"}"));
        PbxTenant.Login ana = t.login("ana", t.department, "[]");
        PbxTenant.Login bo = t.login("bo", care, "[]");
        PbxTenant.Login supervisor = t.login("sup", t.department, "[\"SUPERVISOR\"]");
        Api admin = t.admin();
        t.sipDevice("Ana's phone", ana.id());
        t.sipDevice("Bo's phone", bo.id());
        String desk = t.backOfficeUser("Desk");
        t.awaitLinkConnected();
        JsonNode sales = created(admin.post(t.path("/queues"), "{\"departmentId\":\"" + t.department + "\",\"name\":\"Sales\",\"members\":["
                + "{\"userId\":\"" + ana.id() + "\",\"penalty\":0},{\"userId\":\"" + bo.id() + "\",\"penalty\":3}]}"));
        JsonNode careQueue = created(admin.post(t.path("/queues"), "{\"departmentId\":\"" + care + "\",\"name\":\"Care\",\"members\":[]}"));
        pbx.queue(sales.get("pbxName").asText());

        // Bad queues are field errors and conflicts, never a 500.
        Answer backOffice = admin.post(t.path("/queues"), "{\"departmentId\":\"" + t.department + "\",\"name\":\"BO\",\"members\":[{\"userId\":\""
                + desk + "\",\"penalty\":0}]}");
        assertThat(backOffice.status()).as(backOffice.body()).isEqualTo(400);
        assertThat(backOffice.body()).contains("members[0].userId").contains("contact-centre");
        Answer penalty = admin.post(t.path("/queues"), "{\"departmentId\":\"" + t.department + "\",\"name\":\"P\",\"members\":[{\"userId\":\""
                + ana.id() + "\",\"penalty\":11}]}");
        assertThat(penalty.status()).isEqualTo(400);
        assertThat(penalty.body()).contains("members[0].penalty");
        assertThat(admin.post(t.path("/queues"), "{\"departmentId\":\"" + t.department + "\",\"name\":\"sales\"}").status()).isEqualTo(409);
        assertThat(admin.post(t.path("/queues"), "{\"departmentId\":\"nope\",\"name\":\"X\"}").body()).contains("departmentId");
        assertThat(admin.get(t.path("/queues?colour=red")).status()).as("unknown query parameters").isEqualTo(400);

        // R18: the supervisor of Sales sees Sales' queue and agents, acts on them, and nothing of Care.
        JsonNode queues = supervisor.api().get(t.path("/queues")).json();
        assertThat(queues.findValuesAsText("id")).containsExactly(sales.get("id").asText());
        assertThat(supervisor.api().get(t.path("/queues/" + careQueue.get("id").asText())).status()).isEqualTo(404);
        JsonNode agents = supervisor.api().get(t.path("/agents")).json();
        assertThat(agents.findValuesAsText("userId")).contains(ana.id()).doesNotContain(bo.id());
        assertThat(ok(supervisor.api().post(t.path("/agents/" + ana.id() + "/log-in"), "")).get("state").asText()).isEqualTo("AVAILABLE");
        assertThat(ok(supervisor.api().post(t.path("/agents/" + ana.id() + "/pause"), "{\"reason\":\"Lunch\"}")).get("state").asText())
                .isEqualTo("PAUSED");
        assertThat(supervisor.api().post(t.path("/agents/" + bo.id() + "/log-in"), "").status()).isEqualTo(404);
        assertThat(supervisor.api().get(t.path("/agents/" + bo.id() + "/state-changes")).status()).isEqualTo(404);
        assertThat(supervisor.api().put(t.path("/pause-reasons"), "{\"reasons\":[\"X\"]}").status()).isEqualTo(403);
        assertThat(supervisor.api().post(t.path("/queues"), "{\"departmentId\":\"" + t.department + "\",\"name\":\"Mine\"}").status()).isEqualTo(403);

        // SOAP: the same rules (R18).
        String ids = "<t:tenantId>" + t.id + "</t:tenantId><t:userId>";
        assertThat(supervisor.api().soapOf("agents", "agentResume", ids + ana.id() + "</t:userId>").soapText("state")).isEqualTo("AVAILABLE");
        assertThat(supervisor.api().soapOf("agents", "agentLogIn", ids + bo.id() + "</t:userId>").soapText("status")).isEqualTo("404");
        Answer soapList = supervisor.api().soapOf("agents", "listAgents", "<t:tenantId>" + t.id + "</t:tenantId>");
        assertThat(soapList.body()).contains(ana.id()).doesNotContain(bo.id());
        assertThat(ana.api().soapOf("agents", "agentPause", ids + ana.id() + "</t:userId><t:reason>Nap</t:reason>").soapText("status"))
                .isEqualTo("400");

        // An agent acts on itself only; it reads neither the tenant's agents nor its queues.
        assertThat(bo.api().post(t.path("/agents/" + ana.id() + "/resume"), "").status()).isEqualTo(403);
        assertThat(bo.api().get(t.path("/agents")).status()).isEqualTo(403);
        assertThat(bo.api().get(t.path("/queues")).status()).isEqualTo(403);
        assertThat(ok(bo.api().post(t.path("/agents/" + bo.id() + "/log-in"), "")).get("state").asText()).isEqualTo("AVAILABLE");
        assertThat(ok(bo.api().get(t.path("/agents/" + bo.id()))).get("queueIds")).hasSize(1);
        // A changed skill reaches the PBX at the next log-in (QueuePenalty: the member is there already).
        Answer reskilled = admin.put(t.path("/queues/" + sales.get("id").asText()), "{\"departmentId\":\"" + t.department
                + "\",\"name\":\"Sales\",\"members\":[{\"userId\":\"" + ana.id() + "\",\"penalty\":0},{\"userId\":\"" + bo.id()
                + "\",\"penalty\":7}]}");
        assertThat(reskilled.status()).as(reskilled.body()).isEqualTo(200);
        // Issue 9: a queue is patched (what is sent changes, the rest stays) and a lost update is refused.
        String queuePath = t.path("/queues/" + sales.get("id").asText());
        String etag = reskilled.header("ETag");
        Answer slower = admin.patch(queuePath, "{\"serviceLevelSeconds\":30}", etag);
        assertThat(slower.status()).as(slower.body()).isEqualTo(200);
        assertThat(slower.json().get("serviceLevelSeconds").asInt()).isEqualTo(30);
        assertThat(slower.json().get("members")).as("members stay").hasSize(2);
        assertThat(admin.patch(queuePath, "{\"wrapUpSeconds\":5}", etag).status()).as("changed since that ETag").isEqualTo(412);
        assertThat(admin.put(queuePath, "{\"departmentId\":\"" + t.department + "\",\"name\":\"Sales\"}", etag).status())
                .as("a PUT too").isEqualTo(412);
        assertThat(ok(admin.get(queuePath)).get("wrapUpSeconds").asInt()).as("nothing written").isZero();
        ok(bo.api().post(t.path("/agents/" + bo.id() + "/log-in"), ""));
        String boPhone = ok(bo.api().get(t.path("/agents/" + bo.id()))).get("memberInterface").asText();
        assertThat(pbx.queueMembers(sales.get("pbxName").asText())).filteredOn(m -> m.memberInterface().equals(boPhone))
                .extracting(QueueMemberView::penalty).containsExactly(7);
        assertThat(admin.post(t.path("/agents/" + desk + "/log-in"), "").status()).as("a back-office user never takes queue calls (R5)").isEqualTo(409);

        // Another tenant: nothing of this one exists.
        Api stranger = new PbxTenant(api, pbx).admin();
        assertThat(stranger.get(t.path("/agents")).status()).isEqualTo(404);
        assertThat(stranger.get(t.path("/queues/" + sales.get("id").asText())).status()).isEqualTo(404);
        assertThat(stranger.post(t.path("/agents/" + ana.id() + "/log-out"), "").status()).isEqualTo(404);

        // Log-out: QueueRemove for both; once out, out again changes nothing.
        assertThat(ok(admin.post(t.path("/agents/" + ana.id() + "/log-out"), "")).get("state").asText()).isEqualTo("LOGGED_OUT");
        assertThat(ok(admin.post(t.path("/agents/" + bo.id() + "/log-out"), "")).get("state").asText()).isEqualTo("LOGGED_OUT");
        assertThat(pbx.queueMembers(sales.get("pbxName").asText())).isEmpty();
        int changes = states(ana, t).size();
        assertThat(ok(admin.post(t.path("/agents/" + ana.id() + "/log-out"), "")).get("state").asText()).isEqualTo("LOGGED_OUT");
        assertThat(states(ana, t)).hasSize(changes);
    }

    /**
     * A member removed on the PBX while the link was away is out after the reconnect (the PBX's
     * QueueStatus no longer lists it); an agent who leaves the company leaves its queues (R15).
     */
    @Test
    public void theLinksResyncLogsOutAMemberThePbxLostAndLeavingTheCompanyLogsOut() throws Exception {
        PbxTenant t = new PbxTenant(api, pbx);
        String ana = t.agent("ana");
        String bo = t.agent("bo");
        PbxTenant.Device phone = t.sipDevice("Ana's phone", ana);
        Api admin = t.admin();
        t.awaitLinkConnected();
        JsonNode queue = created(admin.post(t.path("/queues"), "{\"departmentId\":\"" + t.department + "\",\"name\":\"Support\",\"members\":["
                + "{\"userId\":\"" + ana + "\",\"penalty\":0},{\"userId\":\"" + bo + "\",\"penalty\":0}]}"));
        String pbxQueue = queue.get("pbxName").asText();
        pbx.queue(pbxQueue);
        assertThat(ok(admin.post(t.path("/agents/" + ana + "/log-in"), "")).get("state").asText()).isEqualTo("AVAILABLE");

        // Removed on the console while nobody listened; the next connection's QueueStatus shows it.
        long connects = t.link().get("connects").asLong();
        pbx.removeMemberUnheard(pbxQueue, "PJSIP/" + phone.sip);
        pbx.dropConnections();
        Poll.until("the link back", Duration.ofSeconds(30), () -> t.link().get("connects").asLong() > connects
                && t.link().get("state").asText().equals("CONNECTED"));
        Poll.until("the agent out after the resync", Duration.ofSeconds(20),
                () -> admin.get(t.path("/agents/" + ana)).json().get("state").asText().equals("LOGGED_OUT"));
        JsonNode changes = admin.get(t.path("/agents/" + ana + "/state-changes")).json().get("items");
        assertThat(changes.findValuesAsText("cause")).containsExactly("LOG_IN", "QueueStatus");

        // Back in; then leaving the company takes it out of its queues, on the PBX too.
        assertThat(ok(admin.post(t.path("/agents/" + ana + "/log-in"), "")).get("state").asText()).isEqualTo("AVAILABLE");
        assertThat(pbx.queueMembers(pbxQueue)).hasSize(1);
        assertThat(admin.delete(t.path("/users/" + ana)).status()).isEqualTo(200);
        assertThat(admin.get(t.path("/agents/" + ana)).json().get("state").asText()).isEqualTo("LOGGED_OUT");
        assertThat(pbx.queueMembers(pbxQueue)).isEmpty();
        assertThat(admin.get(t.path("/audit?action=agent.logged-out&size=50")).body()).contains("USER_LEFT");
    }

    /**
     * Issue 11, item 5: a supervisor of the agent's department listens to, whispers to or barges
     * into its queue call from its own phone (ChanSpy on the agent's phone); nobody else may, and
     * each time is audited (R9, R18).
     */
    @Test
    public void r18_aSupervisorOfTheAgentsDepartmentListensWhispersAndBargesOthersMayNot() throws Exception {
        PbxTenant t = new PbxTenant(api, pbx);
        String care = api.id(api.post(t.path("/departments"), "{\"name\":\"Care\",\"countryCode\":\"RS\"}"));
        PbxTenant.Login ana = t.login("ana", t.department, "[]");
        String bo = t.agent("bo");
        PbxTenant.Login supervisor = t.login("sup", t.department, "[\"SUPERVISOR\"]");
        PbxTenant.Login stranger = t.login("far", care, "[\"SUPERVISOR\"]");
        Api admin = t.admin();
        PbxTenant.Device anaPhone = t.sipDevice("Ana's phone", ana.id());
        PbxTenant.Device supervisorPhone = t.sipDevice("Supervisor's phone", supervisor.id());
        pbx.register(anaPhone.sip);
        t.awaitLinkConnected();
        JsonNode queue = created(admin.post(t.path("/queues"), "{\"departmentId\":\"" + t.department + "\",\"name\":\"Support\",\"members\":["
                + "{\"userId\":\"" + ana.id() + "\",\"penalty\":0},{\"userId\":\"" + bo + "\",\"penalty\":0}]}"));
        pbx.queue(queue.get("pbxName").asText());
        ok(admin.post(t.path("/agents/" + ana.id() + "/log-in"), ""));
        String monitoring = t.path("/agents/" + ana.id() + "/monitoring");

        // Nothing to listen to yet; then Ana takes a long queue call.
        Answer idle = supervisor.api().post(monitoring, "{\"mode\":\"LISTEN\"}");
        assertThat(idle.status()).as(idle.body()).isEqualTo(409);
        assertThat(idle.json().get("detail").asText()).contains("not on a call");
        pbx.memberQueueCall("+381111000301", t.context, queue.get("pbxName").asText(), anaPhone.sip, Duration.ofSeconds(20),
                Duration.ofHours(1));
        Poll.until("Ana on the call", Duration.ofSeconds(15), () -> state(ana, t, ana.id()).get("state").asText().equals("ON_CALL"));

        // The supervisor's phone is not registered: a clear refusal; registered, each mode is a ChanSpy of Ana's phone.
        Answer unregistered = supervisor.api().post(monitoring, "{\"mode\":\"LISTEN\"}");
        assertThat(unregistered.status()).as(unregistered.body()).isEqualTo(409);
        assertThat(unregistered.json().get("detail").asText()).contains("not registered");
        pbx.register(supervisorPhone.sip);
        Poll.until("the supervisor's phone seen registered", Duration.ofSeconds(10),
                () -> supervisor.api().post(monitoring, "{\"mode\":\"LISTEN\"}").status() == 202);
        assertThat(supervisor.api().post(monitoring, "{\"mode\":\"WHISPER\"}").status()).isEqualTo(202);
        Answer barge = supervisor.api().post(monitoring, "{\"mode\":\"BARGE\"}");
        assertThat(barge.status()).as(barge.body()).isEqualTo(202);
        assertThat(barge.json().get("pbxCallId").asText()).startsWith("centrala-monitor-");
        assertThat(pbx.spies()).filteredOn(spy -> spy.spyerEndpoint().equals(supervisorPhone.sip))
                .extracting(org.centrala.testpbx.SpyView::data)
                .containsExactly("PJSIP/" + anaPhone.sip + "-,qE", "PJSIP/" + anaPhone.sip + "-,qEw", "PJSIP/" + anaPhone.sip + "-,qEB");

        // R18: a supervisor of another department, the agent itself and an administrator without the role may not.
        assertThat(stranger.api().post(monitoring, "{\"mode\":\"LISTEN\"}").status()).isEqualTo(404);
        assertThat(ana.api().post(monitoring, "{\"mode\":\"LISTEN\"}").status()).isEqualTo(403);
        assertThat(admin.post(monitoring, "{\"mode\":\"LISTEN\"}").status()).isEqualTo(403);
        Answer noMode = supervisor.api().post(monitoring, "{\"mode\":\"RECORD\"}");
        assertThat(noMode.status()).as(noMode.body()).isEqualTo(400);
        String soap = supervisor.api().soapOf("agents", "monitorAgent", "<t:tenantId>" + t.id + "</t:tenantId><t:userId>" + ana.id()
                + "</t:userId><t:mode>LISTEN</t:mode>").soapText("pbxCallId");
        assertThat(soap).startsWith("centrala-monitor-");
        assertThat(stranger.api().soapOf("agents", "monitorAgent", "<t:tenantId>" + t.id + "</t:tenantId><t:userId>" + ana.id()
                + "</t:userId><t:mode>LISTEN</t:mode>").soapText("status")).isEqualTo("404");

        // R9: each time, who listened how.
        String audit = admin.get(t.path("/audit?action=agent.monitored&size=50")).body();
        assertThat(audit).contains("BARGE").contains("WHISPER").contains(supervisor.id());
    }

    private static JsonNode created(Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json();
    }

    private static JsonNode ok(Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private static JsonNode state(PbxTenant.Login who, PbxTenant t, String userId) {
        return ok(who.api().get(t.path("/agents/" + userId)));
    }

    private static List<String> states(PbxTenant.Login agent, PbxTenant t) {
        return column(agent, t, "state");
    }

    private static List<String> causes(PbxTenant.Login agent, PbxTenant t) {
        return column(agent, t, "cause");
    }

    private static List<String> column(PbxTenant.Login agent, PbxTenant t, String field) {
        List<String> values = new ArrayList<>(List.of("LOGGED_OUT"));
        if (!field.equals("state")) {
            values.clear();
        }
        for (JsonNode change : ok(agent.api().get(t.path("/agents/" + agent.id() + "/state-changes?size=100"))).get("items")) {
            values.add(change.get(field).asText());
        }
        return values;
    }
}
