package org.centrala.pbx.internal.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.asteriskjava.manager.DefaultManagerConnection;
import org.asteriskjava.manager.event.ManagerEvent;
import org.centrala.testpbx.internal.AmiCapture;
import org.centrala.testpbx.internal.AmiReplayServer;
import org.junit.Test;

/**
 * Issue 11, item 5: ChanSpyStart and ChanSpyStop, as Asterisk 20 writes them (app_chanspy's
 * documentation: the spyer's and the spyee's channel snapshots), arrive over TCP as our classes
 * with every field taken.
 */
public class ChanSpyEventsTest {

    @Test
    public void chanSpyStartAndStopArriveWithBothChannels() throws Exception {
        byte[][] wire = {AmiCapture.render(event("ChanSpyStart")), AmiCapture.render(event("ChanSpyStop"))};
        List<ManagerEvent> received = new CopyOnWriteArrayList<>();
        try (AmiReplayServer server = new AmiReplayServer(wire, 0)) {
            DefaultManagerConnection connection = new DefaultManagerConnection("127.0.0.1", server.port(), "admin", "secret");
            connection.registerUserEventClass(ChanSpyStartReportEvent.class);
            connection.registerUserEventClass(ChanSpyStopReportEvent.class);
            connection.addEventListener(event -> {
                if (event instanceof ChanSpyReport) {
                    received.add(event);
                }
            });
            connection.login();
            assertThat(server.awaitDone(10, TimeUnit.SECONDS)).isTrue();
            long deadline = System.currentTimeMillis() + 10_000;
            while (received.size() < 2 && System.currentTimeMillis() < deadline) {
                Thread.onSpinWait();
            }
            connection.logoff();
        }

        assertThat(received).hasSize(2);
        ChanSpyStartReportEvent start = (ChanSpyStartReportEvent) received.get(0);
        assertThat(start.getSpyerChannel()).isEqualTo("PJSIP/sip-supervisor0-00000009");
        assertThat(start.getSpyeeChannel()).isEqualTo("PJSIP/sip-agent00000-00000007");
        assertThat(start.getSpyeeLinkedid()).isEqualTo("1795751951.22");
        assertThat(start.getSpyeeChannelState()).isEqualTo("6");
        assertThat(received.get(1)).isInstanceOf(ChanSpyStopReportEvent.class);
    }

    private static Map<String, String> event(String name) {
        Map<String, String> event = new LinkedHashMap<>();
        event.put("Event", name);
        event.put("Privilege", "call,all");
        channel(event, "Spyer", "PJSIP/sip-supervisor0-00000009", "1795751990.40", "1795751990.40");
        channel(event, "Spyee", "PJSIP/sip-agent00000-00000007", "1795751951.25", "1795751951.22");
        return event;
    }

    private static void channel(Map<String, String> event, String prefix, String name, String uniqueId, String linkedId) {
        event.put(prefix + "Channel", name);
        event.put(prefix + "ChannelState", "6");
        event.put(prefix + "ChannelStateDesc", "Up");
        event.put(prefix + "CallerIDNum", "2001");
        event.put(prefix + "CallerIDName", "Ana");
        event.put(prefix + "ConnectedLineNum", "+381111000301");
        event.put(prefix + "ConnectedLineName", "<unknown>");
        event.put(prefix + "Language", "en");
        event.put(prefix + "AccountCode", "");
        event.put(prefix + "Context", "default");
        event.put(prefix + "Exten", "s");
        event.put(prefix + "Priority", "1");
        event.put(prefix + "Uniqueid", uniqueId);
        event.put(prefix + "Linkedid", linkedId);
    }
}
