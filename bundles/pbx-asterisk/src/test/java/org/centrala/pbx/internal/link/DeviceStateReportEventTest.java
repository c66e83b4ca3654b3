package org.centrala.pbx.internal.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.asteriskjava.manager.DefaultManagerConnection;
import org.asteriskjava.manager.event.DeviceStateChangeEvent;
import org.centrala.testpbx.internal.AmiCapture;
import org.centrala.testpbx.internal.AmiReplayServer;
import org.junit.Test;

/**
 * Over TCP through Asterisk-Java's reader: a DeviceStateList item (a DeviceStateChange with the
 * list's ActionID, as Asterisk 20 answers) and a live change both arrive as our class.
 */
public class DeviceStateReportEventTest {

    @Test
    public void deviceStateListItemKeepsItsActionIdAndStaysADeviceStateChange() throws Exception {
        byte[][] events = {
                AmiCapture.render(event("PJSIP/2001", "NOT_INUSE", "1325440117_5#")),
                AmiCapture.render(event("PJSIP/2002", "RINGING", null))};
        List<DeviceStateChangeEvent> received = new CopyOnWriteArrayList<>();
        try (AmiReplayServer server = new AmiReplayServer(events, 0)) {
            DefaultManagerConnection connection = new DefaultManagerConnection("127.0.0.1", server.port(), "admin",
                    "secret");
            connection.registerUserEventClass(DeviceStateReportEvent.class);
            connection.addEventListener(event -> {
                if (event instanceof DeviceStateChangeEvent e) {
                    received.add(e);
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

        assertThat(received).hasSize(2).allMatch(DeviceStateReportEvent.class::isInstance);
        DeviceStateReportEvent item = (DeviceStateReportEvent) received.get(0);
        assertThat(item.getActionId()).isEqualTo("1325440117_5#");
        assertThat(item.getDevice()).isEqualTo("PJSIP/2001");
        assertThat(item.getState()).isEqualTo("NOT_INUSE");
        DeviceStateReportEvent live = (DeviceStateReportEvent) received.get(1);
        assertThat(live.getActionId()).isNull();
        assertThat(live.getState()).isEqualTo("RINGING");
    }

    private static Map<String, String> event(String device, String state, String actionId) {
        Map<String, String> event = new LinkedHashMap<>();
        event.put("Event", "DeviceStateChange");
        if (actionId != null) {
            event.put("ActionID", actionId);
        }
        event.put("Privilege", "call,all");
        event.put("Device", device);
        event.put("State", state);
        return event;
    }
}
