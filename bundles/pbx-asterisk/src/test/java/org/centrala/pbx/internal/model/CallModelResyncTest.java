package org.centrala.pbx.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.asteriskjava.manager.event.CoreShowChannelEvent;
import org.asteriskjava.manager.event.CoreShowChannelsCompleteEvent;
import org.asteriskjava.manager.event.DialBeginEvent;
import org.asteriskjava.manager.event.DialEndEvent;
import org.asteriskjava.manager.event.HangupEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.NewChannelEvent;
import org.junit.Before;
import org.junit.Test;

/**
 * The call model's rules where the captures alone do not show them. Mostly what it concludes
 * after a reconnection from the CoreShowChannels snapshot alone: the
 * events lost with the connection must not turn an answered call into a failed one, a call that
 * ended meanwhile is closed once, and calls interleaved with each other stay apart.
 */
public class CallModelResyncTest {
    private static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");
    private final RecordingCallListener recorder = new RecordingCallListener();
    private final Instant now = T0.plusSeconds(30);
    private CallModel model;

    @Before
    public void setUp() {
        model = new CallModel("link", recorder, Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    public void calledLegUpAndBridgedInTheSnapshotMeansAnsweredEvenIfDialEndWasLost() {
        model.apply(newChannel("PJSIP/2001-00000001", "1.1", "1.1", T0));
        model.apply(dialBegin("1.1", "PJSIP/2002-00000002", "1.2", T0));
        model.apply(newChannel("PJSIP/2002-00000002", "1.2", "1.1", T0));
        // The connection drops here: DialEnd ANSWER and BridgeEnter never arrive.

        model.beginResync();
        model.apply(snapshot("PJSIP/2001-00000001", "1.1", "1.1", 6, "bridge-1"));
        model.apply(snapshot("PJSIP/2002-00000002", "1.2", "1.1", 6, "bridge-1"));
        model.apply(new CoreShowChannelsCompleteEvent(this));
        model.apply(hangup("1.2", "1.1", now.plusSeconds(5)));
        model.apply(hangup("1.1", "1.1", now.plusSeconds(5)));

        assertThat(recorder.ended).hasSize(1);
        CallSummary call = recorder.ended.get(0);
        assertThat(call.answeredBy().channel()).isEqualTo(new ChannelName("PJSIP", "2002"));
        assertThat(call.answeredAt()).as("the moment the answer became known, not a guess before it").isEqualTo(now);
        assertThat(call.endInferred()).isFalse();
        assertThat(recorder.answered).containsExactly("1.1");
    }

    @Test
    public void ringingLegInTheSnapshotIsNotAnAnswer() {
        model.apply(newChannel("PJSIP/2001-00000001", "1.1", "1.1", T0));
        model.apply(newChannel("PJSIP/2002-00000002", "1.2", "1.1", T0));

        model.beginResync();
        model.apply(snapshot("PJSIP/2001-00000001", "1.1", "1.1", 4, ""));
        model.apply(snapshot("PJSIP/2002-00000002", "1.2", "1.1", 5, ""));
        model.apply(new CoreShowChannelsCompleteEvent(this));
        model.apply(hangup("1.2", "1.1", now));
        model.apply(hangup("1.1", "1.1", now));

        assertThat(recorder.ended).singleElement().satisfies(call -> assertThat(call.answeredAt()).isNull());
    }

    @Test
    public void callMissingFromTheSnapshotIsClosedOnceAsInferredAndLateHangupsAreIgnored() {
        model.apply(newChannel("PJSIP/2001-00000001", "1.1", "1.1", T0));
        model.apply(newChannel("PJSIP/2003-00000003", "2.1", "2.1", T0));

        model.beginResync();
        model.apply(snapshot("PJSIP/2003-00000003", "2.1", "2.1", 6, ""));
        model.apply(new CoreShowChannelsCompleteEvent(this));
        model.apply(hangup("1.1", "1.1", now.plusSeconds(1)));

        assertThat(recorder.ended).singleElement().satisfies(call -> {
            assertThat(call.pbxCallId()).isEqualTo("1.1");
            assertThat(call.endInferred()).isTrue();
            assertThat(call.endedAt()).isEqualTo(now);
        });
        assertThat(model.callsInProgress()).isEqualTo(1);
    }

    /** Issue 11: after a crashed PBX, a call's talk ends when the PBX was last seen alive, not at the reconnect. */
    @Test
    public void afterALostLinkACallMissingFromTheSnapshotEndsWhenThePbxWasLastAlive() {
        model.apply(newChannel("PJSIP/2001-00000001", "1.1", "1.1", T0));
        Instant lastAlive = T0.plusSeconds(5);

        model.beginResync(lastAlive);
        model.apply(new CoreShowChannelsCompleteEvent(this));

        assertThat(recorder.ended).singleElement().satisfies(call -> {
            assertThat(call.endInferred()).isTrue();
            assertThat(call.endedAt()).as("not the reconnect (" + now + ")").isEqualTo(lastAlive);
        });
        // A snapshot after dropped events (no loss) still ends at its own time.
        model.apply(newChannel("PJSIP/2003-00000003", "2.1", "2.1", T0));
        model.beginResync();
        model.apply(new CoreShowChannelsCompleteEvent(this));
        assertThat(recorder.ended).hasSize(2);
        assertThat(recorder.ended.get(1).endedAt()).isEqualTo(now);
    }

    @Test
    public void aChannelThatHungUpWhileAwayIsForgottenSoTheCallStillEndsAtItsLastHangup() {
        model.apply(newChannel("PJSIP/trunk-00000001", "1.1", "1.1", T0));
        model.apply(newChannel("PJSIP/2001-00000002", "1.2", "1.1", T0)); // the desk rings
        model.apply(newChannel("PJSIP/trunk-00000003", "1.3", "1.1", T0)); // then the mobile
        // Away: the desk stops ringing; the mobile answers. The snapshot lists the two live legs.

        model.beginResync();
        model.apply(snapshot("PJSIP/trunk-00000001", "1.1", "1.1", 6, "bridge-1"));
        model.apply(snapshot("PJSIP/trunk-00000003", "1.3", "1.1", 6, "bridge-1"));
        model.apply(new CoreShowChannelsCompleteEvent(this));
        assertThat(recorder.ended).isEmpty();
        model.apply(hangup("1.3", "1.1", now.plusSeconds(40)));
        model.apply(hangup("1.1", "1.1", now.plusSeconds(40)));

        assertThat(recorder.ended).singleElement().satisfies(call -> {
            assertThat(call.endInferred()).isFalse();
            assertThat(call.endedAt()).isEqualTo(now.plusSeconds(40));
        });
        assertThat(model.callsInProgress()).isZero();
    }

    @Test
    public void aChannelBornWhileTheSnapshotIsListedIsKeptAlive() {
        model.apply(newChannel("PJSIP/2001-00000001", "1.1", "1.1", T0));

        model.beginResync();
        model.apply(snapshot("PJSIP/2001-00000001", "1.1", "1.1", 6, ""));
        model.apply(newChannel("PJSIP/2002-00000002", "1.2", "1.1", now)); // after the list was taken
        model.apply(new CoreShowChannelsCompleteEvent(this));
        model.apply(hangup("1.1", "1.1", now.plusSeconds(1)));
        assertThat(recorder.ended).as("1.2 is still up").isEmpty();
        model.apply(hangup("1.2", "1.1", now.plusSeconds(2)));

        assertThat(recorder.ended).singleElement().satisfies(call -> assertThat(call.endInferred()).isFalse());
    }

    @Test
    public void anOriginateRingingTheUsersOwnPhoneIsNotTheCallBeingAnswered() {
        model.apply(newChannel("PJSIP/2001-00000001", "1.1", "1.1", T0));
        DialBeginEvent own = dialBegin(null, "PJSIP/2001-00000001", "1.1", T0); // Dest fields only
        own.setDestLinkedId("1.1");
        model.apply(own);
        DialEndEvent ownAnswer = dialEnd(null, "1.1", "ANSWER", T0.plusSeconds(4));
        ownAnswer.setDestLinkedId("1.1");
        model.apply(ownAnswer);
        model.apply(dialBegin("1.1", "PJSIP/trunk-00000002", "1.2", T0.plusSeconds(4)));
        model.apply(newChannel("PJSIP/trunk-00000002", "1.2", "1.1", T0.plusSeconds(4)));
        model.apply(dialEnd("1.1", "1.2", "ANSWER", T0.plusSeconds(9)));
        model.apply(hangup("1.2", "1.1", T0.plusSeconds(60)));
        model.apply(hangup("1.1", "1.1", T0.plusSeconds(60)));

        assertThat(recorder.ended).singleElement().satisfies(call -> {
            assertThat(call.answeredAt()).as("when the far end answered").isEqualTo(T0.plusSeconds(9));
            assertThat(call.dialled()).extracting(leg -> leg.channel().resource()).containsExactly("trunk");
        });
    }

    @Test
    public void anOriginateWhoseOwnPhoneNeverAnswersIsMarkedSo() {
        model.apply(newChannel("PJSIP/2001-00000001", "1.1", "1.1", T0));
        DialBeginEvent own = dialBegin(null, "PJSIP/2001-00000001", "1.1", T0);
        own.setDestLinkedId("1.1");
        model.apply(own);
        DialEndEvent noAnswer = dialEnd(null, "1.1", "NOANSWER", T0.plusSeconds(30));
        noAnswer.setDestLinkedId("1.1");
        model.apply(noAnswer);
        model.apply(hangup("1.1", "1.1", T0.plusSeconds(30)));

        assertThat(recorder.ended).singleElement().satisfies(call -> {
            assertThat(call.originUnanswered()).isTrue();
            assertThat(call.answeredAt()).isNull();
            assertThat(call.dialled()).isEmpty();
        });
    }

    @Test
    public void callThatBeganWhileAwayStartsAtItsChannelsAge() {
        model.beginResync();
        CoreShowChannelEvent channel = snapshot("PJSIP/2001-00000001", "3.1", "3.1", 6, "");
        channel.setDuration("00:00:12");
        model.apply(channel);
        model.apply(new CoreShowChannelsCompleteEvent(this));
        model.apply(hangup("3.1", "3.1", now.plusSeconds(3)));

        assertThat(recorder.ended).singleElement().satisfies(call -> {
            assertThat(call.startedAt()).isEqualTo(now.minusSeconds(12));
            assertThat(call.endInferred()).isFalse();
        });
    }

    @Test
    public void interleavedCallsEndIndependentlyWhateverTheOrderOfTheirEvents() {
        model.apply(newChannel("PJSIP/2001-00000001", "1.1", "1.1", T0));
        model.apply(newChannel("PJSIP/2003-00000003", "2.1", "2.1", T0));
        model.apply(newChannel("PJSIP/2002-00000002", "1.2", "1.1", T0));
        model.apply(hangup("2.1", "2.1", T0.plusSeconds(2)));
        model.apply(hangup("1.1", "1.1", T0.plusSeconds(3)));
        model.apply(hangup("1.2", "1.1", T0.plusSeconds(4)));

        assertThat(recorder.ended).extracting(CallSummary::pbxCallId).containsExactly("2.1", "1.1");
        assertThat(recorder.ended.get(1).endedAt()).isEqualTo(T0.plusSeconds(4));
    }

    private static NewChannelEvent newChannel(String channel, String uniqueId, String linkedId, Instant at) {
        NewChannelEvent e = new NewChannelEvent(CallModelResyncTest.class);
        e.setChannel(channel);
        e.setUniqueId(uniqueId);
        e.setLinkedid(linkedId);
        e.setExten("2002");
        e.setContext("from-internal");
        return stamped(e, at);
    }

    private static DialBeginEvent dialBegin(String linkedId, String destChannel, String destUniqueId, Instant at) {
        DialBeginEvent e = new DialBeginEvent(CallModelResyncTest.class);
        e.setLinkedId(linkedId);
        e.setDestChannel(destChannel);
        e.setDestUniqueId(destUniqueId);
        e.setDialString("2002");
        return stamped(e, at);
    }

    private static DialEndEvent dialEnd(String linkedId, String destUniqueId, String status, Instant at) {
        DialEndEvent e = new DialEndEvent(CallModelResyncTest.class);
        e.setLinkedId(linkedId);
        e.setDestUniqueId(destUniqueId);
        e.setDialStatus(status);
        return stamped(e, at);
    }

    private static HangupEvent hangup(String uniqueId, String linkedId, Instant at) {
        HangupEvent e = new HangupEvent(CallModelResyncTest.class);
        e.setUniqueId(uniqueId);
        e.setLinkedId(linkedId);
        return stamped(e, at);
    }

    private static CoreShowChannelEvent snapshot(String channel, String uniqueId, String linkedId, int state,
                                                 String bridgeId) {
        CoreShowChannelEvent e = new CoreShowChannelEvent(CallModelResyncTest.class);
        e.setChannel(channel);
        e.setUniqueid(uniqueId);
        e.setLinkedid(linkedId);
        e.setChannelState(state);
        e.setBridgeid(bridgeId);
        e.setDuration("00:00:30");
        return e;
    }

    private static <E extends ManagerEvent> E stamped(E event, Instant at) {
        event.setTimestamp(at.toEpochMilli() / 1000.0);
        return event;
    }
}
