package org.centrala.pbx.internal.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.asteriskjava.manager.DefaultManagerConnection;
import org.asteriskjava.manager.event.ManagerEvent;
import org.centrala.pbx.internal.model.QueueMemberPauseReportEvent;
import org.centrala.testpbx.internal.AmiCapture;
import org.centrala.testpbx.internal.AmiReplayServer;
import org.junit.Test;

/**
 * Issue 11, item 3: the sample capture's QueueMemberPause events, read over TCP by Asterisk-Java's
 * reader, arrive as our class with every field taken (Asterisk-Java's own class has two setters for
 * PausedReason and for InCall, and warns about them).
 */
public class QueueMemberPauseEventTest {

    @Test
    public void theCapturesPauseAndResumeArriveWithTheirReason() throws Exception {
        List<Map<String, String>> pauses = AmiCapture.load("sample.txt").events().stream()
                .filter(e -> "QueueMemberPause".equals(e.get("Event"))).toList();
        byte[][] wire = pauses.stream().map(AmiCapture::render).toArray(byte[][]::new);
        List<QueueMemberPauseReportEvent> received = new CopyOnWriteArrayList<>();
        try (AmiReplayServer server = new AmiReplayServer(wire, 0)) {
            DefaultManagerConnection connection = new DefaultManagerConnection("127.0.0.1", server.port(), "admin", "secret");
            connection.registerUserEventClass(QueueMemberPauseReportEvent.class);
            connection.addEventListener((ManagerEvent event) -> {
                if (event instanceof QueueMemberPauseReportEvent pause) {
                    received.add(pause);
                }
            });
            connection.login();
            assertThat(server.awaitDone(10, TimeUnit.SECONDS)).isTrue();
            long deadline = System.currentTimeMillis() + 10_000;
            while (received.size() < pauses.size() && System.currentTimeMillis() < deadline) {
                Thread.onSpinWait();
            }
            connection.logoff();
        }

        assertThat(received).hasSize(2);
        QueueMemberPauseReportEvent paused = received.get(0);
        assertThat(paused.getQueue()).isEqualTo("support");
        assertThat(paused.getInterface()).isEqualTo("Local/501@queue-agents/n");
        assertThat(paused.getMemberName()).isEqualTo("Agent501");
        assertThat(paused.getPaused()).isTrue();
        assertThat(paused.getPausedReason()).isEqualTo("lunch");
        assertThat(paused.getStatus()).isEqualTo(1);
        assertThat(paused.getLastPause()).isEqualTo(1795751949L);
        assertThat(received.get(1).getPaused()).isFalse();
        assertThat(received.get(1).getPausedReason()).isNullOrEmpty();
    }
}
