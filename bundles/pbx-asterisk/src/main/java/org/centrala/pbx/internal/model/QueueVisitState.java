package org.centrala.pbx.internal.model;

import java.time.Instant;

import org.centrala.pbx.QueueVisit;

/**
 * A call's time in one queue while it runs. Asterisk 20 writes QueueCallerLeave before
 * AgentConnect when an agent takes the call (the sample capture), so the outcome is known only
 * when the call ends. Lane thread only.
 */
final class QueueVisitState {
    final String queue;
    private final Instant joinedAt;
    private Instant leftAt;
    private Instant answeredAt;
    private boolean abandoned;

    QueueVisitState(String queue, Instant joinedAt) {
        this.queue = queue;
        this.joinedAt = joinedAt;
    }

    /** @return true when this is the caller's leaving, false when it had left already */
    boolean left(Instant at) {
        if (leftAt == null) {
            leftAt = at;
            return true;
        }
        return false;
    }

    void answered(Instant at) {
        if (answeredAt == null) {
            answeredAt = at;
        }
    }

    boolean abandoned(Instant at) {
        abandoned = true;
        return left(at);
    }

    QueueVisit toVisit(Instant callEnded) {
        QueueVisit.Outcome outcome = answeredAt != null ? QueueVisit.Outcome.ANSWERED
                : abandoned ? QueueVisit.Outcome.ABANDONED : QueueVisit.Outcome.LEFT;
        return new QueueVisit(queue, joinedAt, leftAt != null ? leftAt : callEnded, answeredAt, outcome);
    }
}
