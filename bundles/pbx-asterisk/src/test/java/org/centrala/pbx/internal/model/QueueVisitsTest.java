package org.centrala.pbx.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.asteriskjava.manager.event.HangupEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.NewChannelEvent;
import org.asteriskjava.manager.event.QueueCallerAbandonEvent;
import org.asteriskjava.manager.event.QueueCallerJoinEvent;
import org.asteriskjava.manager.event.QueueCallerLeaveEvent;
import org.centrala.pbx.QueueVisit;
import org.junit.Test;

/**
 * Issue 12: a queue call the caller gave up is ABANDONED; one the queue let go (its timeout: Queue()
 * returned, QueueCallerLeave without an agent) is LEFT; call records show both as ABANDONED, the
 * statistics must not.
 */
public class QueueVisitsTest {
    private static final Instant T0 = Instant.parse("2026-12-07T10:00:00Z");
    private final RecordingCallListener recorder = new RecordingCallListener();
    private final CallModel model = new CallModel("link", recorder, Clock.fixed(T0, ZoneOffset.UTC));

    @Test
    public void aCallerWhoHangsUpWaitingAbandonsAndOneTheQueueLetsGoLeft() {
        model.apply(newChannel("c1"));
        model.apply(join("c1", 1));
        model.apply(abandon("c1", 20));
        model.apply(leave("c1", 20));
        model.apply(hangup("c1", 20));

        model.apply(newChannel("c2"));
        model.apply(join("c2", 1));
        model.apply(leave("c2", 301));
        model.apply(hangup("c2", 305)); // the dialplan plays "nobody is available" first

        QueueVisit abandoned = recorder.ended.get(0).queueVisits().get(0);
        assertThat(abandoned.outcome()).isEqualTo(QueueVisit.Outcome.ABANDONED);
        assertThat(abandoned.leftAt()).isEqualTo(T0.plusSeconds(20));
        QueueVisit left = recorder.ended.get(1).queueVisits().get(0);
        assertThat(left.outcome()).isEqualTo(QueueVisit.Outcome.LEFT);
        assertThat(left.joinedAt()).isEqualTo(T0.plusSeconds(1));
        assertThat(left.leftAt()).as("the queue's timeout, not the hang-up").isEqualTo(T0.plusSeconds(301));
        assertThat(left.answeredAt()).isNull();
    }

    private static NewChannelEvent newChannel(String id) {
        NewChannelEvent e = new NewChannelEvent(QueueVisitsTest.class);
        e.setChannel("PJSIP/trunk-" + id);
        e.setUniqueId(id);
        e.setLinkedid(id);
        e.setExten("600");
        e.setContext("acme");
        return stamped(e, 0);
    }

    private static QueueCallerJoinEvent join(String id, int second) {
        QueueCallerJoinEvent e = new QueueCallerJoinEvent(QueueVisitsTest.class);
        e.setQueue("acme-orders");
        e.setLinkedId(id);
        e.setUniqueId(id);
        return stamped(e, second);
    }

    private static QueueCallerLeaveEvent leave(String id, int second) {
        QueueCallerLeaveEvent e = new QueueCallerLeaveEvent(QueueVisitsTest.class);
        e.setQueue("acme-orders");
        e.setLinkedId(id);
        e.setUniqueId(id);
        return stamped(e, second);
    }

    private static QueueCallerAbandonEvent abandon(String id, int second) {
        QueueCallerAbandonEvent e = new QueueCallerAbandonEvent(QueueVisitsTest.class);
        e.setQueue("acme-orders");
        e.setLinkedId(id);
        e.setUniqueId(id);
        return stamped(e, second);
    }

    private static HangupEvent hangup(String id, int second) {
        HangupEvent e = new HangupEvent(QueueVisitsTest.class);
        e.setUniqueId(id);
        e.setLinkedId(id);
        return stamped(e, second);
    }

    private static <T extends ManagerEvent> T stamped(T event, int second) {
        event.setTimestamp(T0.plusSeconds(second).toEpochMilli() / 1000.0);
        return event;
    }
}
