package org.centrala.pbx.internal.model;

import java.time.Instant;

/** Where the call model reports to; called on the model's lane thread. */
public interface CallListener {
    void started(String pbxCallId, CallSummary.Leg origin, Instant at);

    void answered(String pbxCallId, CallSummary.Leg answeredBy, Instant at);

    /** A party of the call is rung (DialBegin of a channel that is not a Local one). */
    default void ringing(String pbxCallId, CallSummary.Leg rung, Instant at) {
    }

    void ended(CallSummary call);

    void deviceState(String device, String state);

    /** A queue member's state (AVAILABLE, IN_USE, RINGING, PAUSED, ...); null: no longer a member. */
    void queueMember(String queue, String memberInterface, String state);

    /** A queue member's event, for the agents' states. */
    void queueReport(QueueReport report);
}
