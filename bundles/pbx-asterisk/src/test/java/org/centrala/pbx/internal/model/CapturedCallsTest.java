package org.centrala.pbx.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.asteriskjava.manager.DefaultManagerConnection;
import org.centrala.pbx.internal.pipeline.EventPipeline;
import org.centrala.testpbx.internal.AmiCapture;
import org.centrala.testpbx.internal.AmiReplayServer;
import org.junit.Test;

/**
 * The captures of a real Asterisk 20.20.1 (fixtures/asterisk-20/ami) sent over TCP to Asterisk-Java's
 * reader, through the pipeline, into the call model: the calls come out as the capture shows them.
 */
public class CapturedCallsTest {

    @Test
    public void pjsipCallIsOneAnsweredCallFromItsFirstChannelToItsLastHangup() throws Exception {
        RecordingCallListener replay = replay("pjsip-call.txt");

        assertThat(replay.ended).hasSize(1);
        CallSummary call = replay.ended.get(0);
        assertThat(call.pbxCallId()).isEqualTo("1795751886.18");
        assertThat(call.origin().channel()).isEqualTo(new ChannelName("PJSIP", "2001"));
        assertThat(call.origin().exten()).isEqualTo("2002");
        assertThat(call.dialled()).extracting(CallSummary.Leg::channel).containsExactly(new ChannelName("PJSIP", "2002"));
        assertThat(call.answeredBy().channel()).isEqualTo(new ChannelName("PJSIP", "2002"));
        assertThat(call.startedAt()).isEqualTo(Instant.ofEpochMilli(1795751886755L));
        assertThat(call.answeredAt()).isEqualTo(Instant.ofEpochMilli(1795751886760L));
        assertThat(call.endedAt()).isAfter(Instant.ofEpochMilli(1795751894766L)).isBefore(Instant.ofEpochMilli(1795751895000L));
        assertThat(call.queue()).isNull();
        assertThat(call.endInferred()).isFalse();
        assertThat(replay.devices).containsEntry("PJSIP/2001", "NOT_INUSE").containsEntry("PJSIP/2002", "NOT_INUSE");
        assertThat(replay.reports.get("1795751886.18")).as("issue 12: rung, then answered, in the call's order")
                .containsExactly("ringing PJSIP/2002", "answered PJSIP/2002");
    }

    @Test
    public void sampleCapturesQueueCallAnsweredThroughLocalChannelsAndRecorded() throws Exception {
        RecordingCallListener replay = replay("sample.txt");

        CallSummary queued = replay.ended.stream().filter(c -> c.pbxCallId().equals("1795751951.22")).findFirst()
                .orElseThrow();
        assertThat(queued.queue()).isEqualTo("support");
        assertThat(queued.answeredAt()).isNotNull();
        assertThat(queued.recorded()).isTrue();
        assertThat(queued.abandoned()).isFalse();
        assertThat(queued.answeredBy().channel().isLocal()).isTrue();
        assertThat(queued.answeredBy().channel().resource()).isEqualTo("501@queue-agents");
        // Every call of the capture ended: one summary per linked id that had a Newchannel.
        long linkedIds = AmiCapture.load("sample.txt").events().stream()
                .filter(e -> e.get("Event").equals("Newchannel")).map(e -> e.get("Linkedid")).distinct().count();
        assertThat(replay.ended).hasSize((int) linkedIds);
        assertThat(replay.ended).extracting(CallSummary::pbxCallId).doesNotHaveDuplicates();
        assertThat(replay.queueMembers).containsKey("support|Local/500@queue-agents/n");
    }

    /**
     * Issue 12 on a real Asterisk 20's events: each MixMonitor of a call is a recording with the
     * file the PBX named (VarSet MIXMONITOR_FILENAME just before MixMonitorStart), its start, and its
     * stop at the recorded channel's hang-up. The queue call has two: the dialplan's and the queue's
     * own (queues.conf monitor-type = MixMonitor).
     */
    @Test
    public void eachMixMonitorIsARecordingWithTheFileThePbxNamedStartedAndStoppedWithItsChannel() throws Exception {
        RecordingCallListener replay = replay("sample.txt");

        CallSummary queued = replay.ended.stream().filter(c -> c.pbxCallId().equals("1795751951.22")).findFirst().orElseThrow();
        assertThat(queued.recordings()).extracting(org.centrala.pbx.CallRecording::file).containsExactly(
                "/var/spool/asterisk/monitor/queue-1795751951.23.wav", "/var/spool/asterisk/monitor/1795751951.23.wav");
        org.centrala.pbx.CallRecording first = queued.recordings().get(0);
        assertThat(first.channel()).isEqualTo("Local/300@default-00000008;2");
        assertThat(first.startedAt()).isEqualTo(Instant.ofEpochMilli(1795751952083L));
        assertThat(first.stoppedAt()).as("with its channel's hang-up").isAfter(first.startedAt());
        assertThat(first.pauses()).isEmpty();

        CallSummary recordedPlayback = replay.ended.stream().filter(c -> c.pbxCallId().equals("1795751957.30")).findFirst()
                .orElseThrow();
        assertThat(recordedPlayback.recordings()).extracting(org.centrala.pbx.CallRecording::file)
                .containsExactly("/var/spool/asterisk/monitor/rec-20261127-035917-1795751957.31.wav");
        assertThat(replay.ended).filteredOn(c -> !c.recordings().isEmpty()).hasSize(2);
    }

    /** Issue 12: the queue call's time in the queue, as the capture's QueueCallerJoin, QueueCallerLeave and AgentConnect say. */
    @Test
    public void theQueueCallsVisitHasItsJoinLeaveAndAnswerTimes() throws Exception {
        RecordingCallListener replay = replay("sample.txt");

        CallSummary queued = replay.ended.stream().filter(c -> c.pbxCallId().equals("1795751951.22")).findFirst().orElseThrow();
        assertThat(queued.queueVisits()).hasSize(1);
        org.centrala.pbx.QueueVisit visit = queued.queueVisits().get(0);
        assertThat(visit.queue()).isEqualTo("support");
        assertThat(visit.joinedAt()).isEqualTo(Instant.ofEpochMilli(1795751952083L));
        assertThat(visit.leftAt()).isEqualTo(Instant.ofEpochMilli(1795751952087L));
        assertThat(visit.answeredAt()).isEqualTo(Instant.ofEpochMilli(1795751952087L));
        assertThat(visit.outcome()).isEqualTo(org.centrala.pbx.QueueVisit.Outcome.ANSWERED);
        assertThat(replay.ended).filteredOn(c -> !c.pbxCallId().equals("1795751951.22")).allMatch(c -> c.queueVisits().isEmpty());
    }

    /**
     * Issue 11, item 3, on a real Asterisk 20's events: the dynamic member's log-in, pause with its
     * reason, resume, the queue call it took and its removal are reported for its interface, with
     * Asterisk's own times, for the agents' states.
     */
    @Test
    public void aDynamicMembersLogInPauseCallAndLogOutAreReportedForItsInterface() throws Exception {
        RecordingCallListener replay = replay("sample.txt");
        java.util.List<QueueReport> agent501 = replay.queueReports.stream()
                .filter(r -> "Local/501@queue-agents/n".equals(r.memberInterface())).toList();
        // The member's own events keep their order, and so do the call's; between the two the pipeline
        // keeps none (the call's events and the member's run in different lanes: no order across calls).
        assertThat(agent501).extracting(QueueReport::topic).containsSubsequence(org.centrala.pbx.QueueTopics.MEMBER_ADDED,
                org.centrala.pbx.QueueTopics.MEMBER_PAUSE, org.centrala.pbx.QueueTopics.MEMBER_PAUSE, org.centrala.pbx.QueueTopics.MEMBER_REMOVED);
        assertThat(agent501).extracting(QueueReport::topic).containsSubsequence(org.centrala.pbx.QueueTopics.AGENT_CALLED,
                org.centrala.pbx.QueueTopics.AGENT_CONNECT, org.centrala.pbx.QueueTopics.AGENT_COMPLETE);
        QueueReport pause = agent501.stream().filter(r -> r.topic().equals(org.centrala.pbx.QueueTopics.MEMBER_PAUSE)).findFirst().orElseThrow();
        assertThat(pause.paused()).isTrue();
        assertThat(pause.reason()).isEqualTo("lunch");
        assertThat(pause.at()).isEqualTo(java.time.Instant.ofEpochMilli(1795751949574L));
        QueueReport connect = agent501.stream().filter(r -> r.topic().equals(org.centrala.pbx.QueueTopics.AGENT_CONNECT)).findFirst().orElseThrow();
        assertThat(connect.pbxCallId()).isEqualTo("1795751951.22");
        // Issue 12: the caller's joining and leaving the queue, for the statistics' callers waiting.
        assertThat(replay.queueReports).filteredOn(r -> r.memberInterface() == null).extracting(QueueReport::topic, QueueReport::pbxCallId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(org.centrala.pbx.QueueTopics.CALLER_JOINED, "1795751951.22"),
                        org.assertj.core.groups.Tuple.tuple(org.centrala.pbx.QueueTopics.CALLER_LEFT, "1795751951.22"));
        assertThat(connect.queue()).isEqualTo("support");
        // Its device's states while it rang and talked (QueueMemberStatus: 6 ringing, 2 in use).
        assertThat(agent501).filteredOn(r -> r.topic().equals(org.centrala.pbx.QueueTopics.MEMBER_STATUS))
                .extracting(QueueReport::status).contains(2);
    }

    /**
     * Issue 11, item 6, on a real Asterisk 20's events: calls whose dialplan answered the caller
     * itself (Playback, AGI, a recorded Playback, the queue) were answered by the PBX, with the
     * application that did; a call answered by a phone was not.
     */
    @Test
    public void callsTheDialplanAnsweredItselfWereAnsweredByThePbxWithTheirApplication() throws Exception {
        RecordingCallListener replay = replay("sample.txt");
        java.util.Map<String, CallSummary> byId = new java.util.HashMap<>();
        replay.ended.forEach(call -> byId.put(call.pbxCallId(), call));

        // Originate Local/100@default: Answer() then Playback in the dialplan, while ;1 runs Echo.
        assertThat(byId.get("1795751949.20").pbxAnsweredAt()).isNotNull();
        assertThat(byId.get("1795751949.20").pbxApplication()).isEqualTo("Playback");
        // Local/200@default: Answer() then AGI(agi://127.0.0.1:4573/route).
        assertThat(byId.get("1795751957.28").pbxApplication()).isEqualTo("AGI");
        assertThat(byId.get("1795751957.28").pbxAnsweredAt()).isBefore(byId.get("1795751957.28").endedAt());
        // Local/101@default: Answer(), MixMonitor (bookkeeping), Playback.
        assertThat(byId.get("1795751957.30").pbxApplication()).isEqualTo("Playback");
        // Local/300@default: Answer(), MixMonitor, Queue; an agent answered later.
        CallSummary queued = byId.get("1795751951.22");
        assertThat(queued.pbxApplication()).isEqualTo("Queue");
        assertThat(queued.pbxAnsweredAt()).isBefore(queued.answeredAt());

        CallSummary phoneCall = replay("pjsip-call.txt").ended.get(0);
        assertThat(phoneCall.pbxAnsweredAt()).as("a phone answered, not the PBX").isNull();
        assertThat(phoneCall.pbxApplication()).isNull();
    }

    private static RecordingCallListener replay(String capture) throws Exception {
        List<Map<String, String>> events = AmiCapture.load(capture).events();
        byte[][] rendered = events.stream().map(AmiCapture::render).toArray(byte[][]::new);
        RecordingCallListener replay = new RecordingCallListener();
        try (AmiReplayServer server = new AmiReplayServer(rendered, 0)) {
            DefaultManagerConnection connection = new DefaultManagerConnection("127.0.0.1", server.port(), "admin",
                    "secret");
            AmiEvents.CONSUMED.forEach(connection::registerUserEventClass);
            EventPipeline pipeline = new EventPipeline("replay", 2, 10_000, replay, Clock.systemUTC());
            connection.addEventListener(pipeline);
            connection.login();
            assertThat(server.awaitDone(10, TimeUnit.SECONDS)).isTrue();
            long deadline = System.currentTimeMillis() + 10_000;
            while (pipeline.processed() + pipeline.ignored() < events.size() && System.currentTimeMillis() < deadline) {
                Thread.onSpinWait();
            }
            connection.logoff();
            pipeline.close();
            assertThat(pipeline.dropped()).isZero();
            assertThat(pipeline.failed()).isZero();
        }
        return replay;
    }
}
