package org.centrala.pbx;

import java.util.List;

import org.centrala.directory.UserType;

/**
 * An ended call as the PBX link hands it to each {@link EndedCallConsumer}: the attributed call
 * record (one per tenant party), the type of its user (R5, R6; null when the call is nobody's),
 * and the recordings the PBX made of the call. {@code pbxHost} and {@code pbxPort} name the
 * Asterisk (as in the tenants' PBX records), e.g. to find where it writes its recordings.
 */
public record EndedCall(String linkId, String pbxHost, int pbxPort, CallRecord record, UserType userType,
                        List<CallRecording> recordings) {

    public EndedCall {
        recordings = List.copyOf(recordings);
    }
}
