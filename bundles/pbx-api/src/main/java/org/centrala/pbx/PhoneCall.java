package org.centrala.pbx;

import java.time.Instant;

/**
 * A call on one SIP phone now, as the phone itself shows it (issue 11, the agent's desk): the
 * other party is the connected line Asterisk sends the phone, else the number it dialled.
 *
 * @param pbxCallId   the call's Asterisk linked id, as in call records
 * @param outgoing    whether the phone placed the call (click-to-call included)
 * @param otherNumber the other party's number as the PBX knows it; null when it has none yet
 * @param otherName   its name as the PBX knows it, or null
 * @param startedAt   when the phone's channel appeared (it began to ring or to dial)
 * @param connectedAt when it was bridged with the other party; null while not
 */
public record PhoneCall(String pbxCallId, String channel, State state, boolean outgoing, String otherNumber,
                        String otherName, Instant startedAt, Instant connectedAt) {

    public enum State {
        /** The phone rings (an incoming call, or click-to-call ringing the user's own phone first). */
        RINGING,
        /** The phone is off the hook and not (or no longer) with the other party: dialling, or the other party rings. */
        CALLING,
        /** The phone talks with the other party (its channel is in a bridge). */
        CONNECTED
    }
}
