package org.centrala.recording;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Which calls are recorded. A tenant has one; a queue or a user may have its own, else the
 * tenant's applies. Recording is made by the PBX (MixMonitor) and kept by the tenant's retention.
 */
@Schema(description = "ALL: every call; QUEUE_CALLS: calls into queues only; ON_DEMAND: none by itself, the user (or an"
        + " administrator or supervisor) starts one during a call; NONE: never")
public enum RecordingPolicy {
    ALL, QUEUE_CALLS, ON_DEMAND, NONE;

    /** Whether a call is recorded from its start: all calls, or a queue's. */
    public boolean recordsFromTheStart(boolean queueCall) {
        return this == ALL || this == QUEUE_CALLS && queueCall;
    }

    /** Whether a user may start a recording during a call: any policy but NONE. */
    public boolean allowsOnDemand() {
        return this != NONE;
    }
}
