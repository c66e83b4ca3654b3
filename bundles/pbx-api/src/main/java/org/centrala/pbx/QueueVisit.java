package org.centrala.pbx;

import java.time.Instant;

/**
 * A call's time in one queue, as the PBX reported it (QueueCallerJoin, QueueCallerLeave,
 * AgentConnect, QueueCallerAbandon): when it joined, when it left, when an agent answered it, and
 * how it ended there. The statistics tell an abandoned call (the caller hung up while waiting)
 * from one the queue let go (its timeout, no agent left), which call records both show as ABANDONED.
 */
public record QueueVisit(String queue, Instant joinedAt, Instant leftAt, Instant answeredAt, Outcome outcome) {

    public enum Outcome {
        /** An agent took the call. */
        ANSWERED,
        /** The caller hung up while waiting. */
        ABANDONED,
        /** The queue let the caller go unanswered: its timeout, or no agent to ring (Queue() returned). */
        LEFT
    }
}
