package org.centrala.pbx.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.asteriskjava.manager.DefaultManagerConnection;
import org.asteriskjava.manager.event.CoreShowChannelEvent;
import org.asteriskjava.manager.event.NewChannelEvent;
import org.centrala.pbx.PhoneCall;
import org.centrala.testpbx.internal.AmiCapture;
import org.centrala.testpbx.internal.AmiReplayServer;
import org.junit.Test;

/**
 * Issue 11, the agent's desk: a real Asterisk 20's call from 2001 to 2002 (fixtures/asterisk-20/ami)
 * as each phone shows it at every step: ringing or calling, the other party by its connected line,
 * connected once bridged, gone with its hang-up.
 */
public class PhoneChannelsTest {
    private final PhoneChannels phones = new PhoneChannels(Clock.systemUTC());

    /** What each phone showed after one event of the capture. */
    private record Step(String event, String channel, Integer channelState, List<PhoneCall> caller, List<PhoneCall> callee) {
    }

    @Test
    public void eachPhoneShowsTheOtherPartyAndWhetherItRingsCallsOrTalks() throws Exception {
        List<Step> steps = replay("pjsip-call.txt");
        Step ringing = steps.stream().filter(s -> s.event().equals("NewStateEvent") && "PJSIP/2002-00000001".equals(s.channel())
                && Integer.valueOf(5).equals(s.channelState())).findFirst().orElseThrow();
        PhoneCall callee = ringing.callee().get(0);
        assertThat(callee.state()).isEqualTo(PhoneCall.State.RINGING);
        assertThat(callee.outgoing()).isFalse();
        assertThat(callee.otherNumber()).isEqualTo("2001");
        assertThat(callee.otherName()).isEqualTo("Phone 2001");
        assertThat(callee.pbxCallId()).isEqualTo("1795751886.18");
        PhoneCall caller = ringing.caller().get(0);
        assertThat(caller.state()).isEqualTo(PhoneCall.State.CALLING);
        assertThat(caller.outgoing()).isTrue();
        assertThat(caller.otherNumber()).isEqualTo("2002");
        assertThat(caller.otherName()).isEqualTo("Phone 2002");

        Step bridged = steps.stream().filter(s -> s.event().equals("BridgeEnterEvent") && "PJSIP/2001-00000000".equals(s.channel()))
                .findFirst().orElseThrow();
        assertThat(bridged.caller()).extracting(PhoneCall::state).containsExactly(PhoneCall.State.CONNECTED);
        assertThat(bridged.callee()).extracting(PhoneCall::state).containsExactly(PhoneCall.State.CONNECTED);
        assertThat(bridged.callee().get(0).connectedAt()).isNotNull();

        Step last = steps.get(steps.size() - 1);
        assertThat(last.caller()).as("hung up").isEmpty();
        assertThat(last.callee()).isEmpty();
    }

    @Test
    public void aSnapshotAfterAReconnectShowsTheCallsStillUpAndForgetsTheRest() {
        NewChannelEvent ringing = new NewChannelEvent(this);
        ringing.setChannel("PJSIP/2003-00000009");
        ringing.setChannelState(5);
        ringing.setCallerIdNum("2003");
        ringing.setConnectedLineNum("+381111");
        ringing.setUniqueId("9.1");
        ringing.setLinkedid("9.0");
        phones.apply(ringing);
        assertThat(only("2003").state()).isEqualTo(PhoneCall.State.RINGING);
        phones.clear();
        CoreShowChannelEvent snapshot = new CoreShowChannelEvent(this);
        snapshot.setChannel("PJSIP/2001-0000000a");
        snapshot.setChannelState(6);
        snapshot.setCallerIdNum("2001");
        snapshot.setConnectedLineNum("+381222");
        snapshot.setConnectedLineName("Customer");
        snapshot.setUniqueid("10.1");
        snapshot.setLinkedid("10.0");
        snapshot.setBridgeid("b-1");
        snapshot.setDuration("00:01:05");
        phones.apply(snapshot);
        assertThat(phones.of("2003")).isEmpty();
        PhoneCall resumed = only("2001");
        assertThat(resumed.state()).isEqualTo(PhoneCall.State.CONNECTED);
        assertThat(resumed.outgoing()).isFalse();
        assertThat(resumed.otherName()).isEqualTo("Customer");
        assertThat(resumed.startedAt()).isBefore(java.time.Instant.now().minusSeconds(60));
    }

    private PhoneCall only(String endpoint) {
        List<PhoneCall> calls = phones.of(endpoint);
        assertThat(calls).hasSize(1);
        return calls.get(0);
    }

    /** The capture over TCP to Asterisk-Java's reader, each event folded in as it arrives, and both phones after it. */
    private List<Step> replay(String capture) throws Exception {
        List<Map<String, String>> events = AmiCapture.load(capture).events();
        byte[][] rendered = events.stream().map(AmiCapture::render).toArray(byte[][]::new);
        List<Step> steps = new CopyOnWriteArrayList<>();
        try (AmiReplayServer server = new AmiReplayServer(rendered, 0)) {
            DefaultManagerConnection connection = new DefaultManagerConnection("127.0.0.1", server.port(), "admin", "secret");
            AmiEvents.CONSUMED.forEach(connection::registerUserEventClass);
            connection.addEventListener(event -> {
                phones.apply(event);
                String channel = event instanceof org.asteriskjava.manager.event.AbstractChannelEvent c ? c.getChannel()
                        : event instanceof org.asteriskjava.manager.event.BridgeEnterEvent b ? b.getChannel() : null;
                steps.add(new Step(event.getClass().getSimpleName(), channel, event.getChannelState(), phones.of("2001"),
                        phones.of("2002")));
            });
            connection.login();
            assertThat(server.awaitDone(10, TimeUnit.SECONDS)).isTrue();
            connection.logoff();
        }
        return steps;
    }
}
