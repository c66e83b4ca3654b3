package org.centrala.pbx.internal.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.asteriskjava.manager.DefaultManagerConnection;
import org.asteriskjava.manager.event.HangupEvent;
import org.asteriskjava.manager.event.HangupRequestEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.SoftHangupRequestEvent;
import org.centrala.testpbx.internal.AmiCapture;
import org.centrala.testpbx.internal.AmiReplayServer;
import org.junit.Test;

/**
 * Issue 11: a busy or cancelled PJSIP call's hang-up events carry TechCause on recent Asterisk
 * releases. Over TCP through Asterisk-Java's reader they arrive as our classes with the cause
 * taken (Asterisk-Java's own classes have no setter and log a WARN per event), and stay the
 * hang-up events the call model reads.
 */
public class TechCauseEventsTest {

    @Test
    public void hangUpEventsTakeTheirTechCauseAndStayHangUpEvents() throws Exception {
        byte[][] events = {
                AmiCapture.render(event("HangupRequest", "17", "486")),
                AmiCapture.render(event("SoftHangupRequest", "16", "487")),
                AmiCapture.render(event("Hangup", "17", "486")),
                AmiCapture.render(event("Hangup", "16", null))};
        List<ManagerEvent> received = new CopyOnWriteArrayList<>();
        try (AmiReplayServer server = new AmiReplayServer(events, 0)) {
            DefaultManagerConnection connection = new DefaultManagerConnection("127.0.0.1", server.port(), "admin",
                    "secret");
            connection.registerUserEventClass(HangupReportEvent.class);
            connection.registerUserEventClass(HangupRequestReportEvent.class);
            connection.registerUserEventClass(SoftHangupRequestReportEvent.class);
            connection.addEventListener(event -> {
                if (event instanceof HangupEvent || event instanceof HangupRequestEvent
                        || event instanceof SoftHangupRequestEvent) {
                    received.add(event);
                }
            });
            connection.login();
            assertThat(server.awaitDone(10, TimeUnit.SECONDS)).isTrue();
            long deadline = System.currentTimeMillis() + 10_000;
            while (received.size() < 4 && System.currentTimeMillis() < deadline) {
                Thread.onSpinWait();
            }
            connection.logoff();
        }

        assertThat(received).hasSize(4);
        assertThat(((HangupRequestReportEvent) received.get(0)).getTechCause()).isEqualTo(486);
        assertThat(((SoftHangupRequestReportEvent) received.get(1)).getTechCause()).isEqualTo(487);
        HangupReportEvent busy = (HangupReportEvent) received.get(2);
        assertThat(busy.getTechCause()).isEqualTo(486);
        assertThat(busy.getCause()).isEqualTo(17);
        assertThat(busy.getLinkedId()).isEqualTo("1795751886.18");
        assertThat(((HangupReportEvent) received.get(3)).getTechCause()).isNull();
    }

    private static Map<String, String> event(String name, String cause, String techCause) {
        Map<String, String> event = new LinkedHashMap<>();
        event.put("Event", name);
        event.put("Privilege", "call,all");
        event.put("Channel", "PJSIP/2002-00000001");
        event.put("ChannelState", "5");
        event.put("ChannelStateDesc", "Ringing");
        event.put("CallerIDNum", "2002");
        event.put("Uniqueid", "1795751886.19");
        event.put("Linkedid", "1795751886.18");
        event.put("Cause", cause);
        if (name.equals("Hangup")) {
            event.put("Cause-txt", cause.equals("17") ? "User busy" : "Normal Clearing");
        }
        if (techCause != null) {
            event.put("TechCause", techCause);
        }
        return event;
    }
}
