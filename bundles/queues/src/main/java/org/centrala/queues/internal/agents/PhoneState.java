package org.centrala.queues.internal.agents;

/** What the PBX last said of an agent's phone. */
enum PhoneState {
    IDLE, RINGING, ON_CALL;

    /** Asterisk's device state number in QueueMemberStatus (ast_device_state). */
    static PhoneState ofDeviceStatus(int status) {
        return switch (status) {
            case 6, 7 -> RINGING; // ringing, ring in use
            case 2, 3, 8 -> ON_CALL; // in use, busy, on hold
            default -> IDLE; // unknown, not in use, invalid, unavailable
        };
    }
}
