package org.centrala.pbx.internal.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.asteriskjava.manager.DefaultManagerConnection;
import org.asteriskjava.manager.event.ManagerEvent;
import org.centrala.pbx.internal.model.MixMonitorMuteReportEvent;
import org.centrala.testpbx.internal.AmiCapture;
import org.centrala.testpbx.internal.AmiReplayServer;
import org.junit.Test;

/**
 * Issue 12: a stock Asterisk 20.20.1's MixMonitorMute events (recording.txt), read over TCP by
 * Asterisk-Java's reader, which has no class for them, arrive as ours with every field taken.
 */
public class MixMonitorMuteEventTest {

    @Test
    public void theCapturedMuteAndUnmuteArriveWithTheRecordedChannelAndState() throws Exception {
        List<Map<String, String>> mutes = AmiCapture.loadRecorded("recording.txt").events().stream()
                .filter(e -> "MixMonitorMute".equals(e.get("Event"))).toList();
        byte[][] wire = mutes.stream().map(AmiCapture::render).toArray(byte[][]::new);
        List<MixMonitorMuteReportEvent> received = new CopyOnWriteArrayList<>();
        try (AmiReplayServer server = new AmiReplayServer(wire, 0)) {
            DefaultManagerConnection connection = new DefaultManagerConnection("127.0.0.1", server.port(), "admin", "secret");
            connection.registerUserEventClass(MixMonitorMuteReportEvent.class);
            connection.addEventListener((ManagerEvent event) -> {
                if (event instanceof MixMonitorMuteReportEvent mute) {
                    received.add(mute);
                }
            });
            connection.login();
            assertThat(server.awaitDone(10, TimeUnit.SECONDS)).isTrue();
            long deadline = System.currentTimeMillis() + 10_000;
            while (received.size() < mutes.size() && System.currentTimeMillis() < deadline) {
                Thread.onSpinWait();
            }
            connection.logoff();
        }

        assertThat(received).hasSize(2);
        MixMonitorMuteReportEvent muted = received.get(0);
        assertThat(muted.getChannel()).isEqualTo("Local/301@acme-00000002;2");
        assertThat(muted.getUniqueId()).isEqualTo("1796626502.7");
        assertThat(muted.getLinkedId()).isEqualTo("1796626502.6");
        assertThat(muted.getDirection()).isEqualTo("both");
        assertThat(muted.isMuted()).isTrue();
        assertThat(muted.getLanguage()).isEqualTo("en");
        assertThat(muted.getTimestamp()).isEqualTo(1796626506.226311);
        assertThat(received.get(1).isMuted()).isFalse();
    }
}
