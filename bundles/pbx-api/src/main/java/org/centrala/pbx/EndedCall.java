package org.centrala.pbx;

import java.util.List;

import org.centrala.directory.UserType;

/**
 * An ended call as the PBX link hands it to each {@link EndedCallConsumer}: the attributed call
 * record (one per tenant party), the type of its user (R5, R6; null when the call is nobody's),
 * the recordings the PBX made of the call and its visits to queues. {@code pbxHost} and {@code pbxPort} name the
 * Asterisk (as in the tenants' PBX records), e.g. to find where it writes its recordings.
 */
public record EndedCall(String linkId, String pbxHost, int pbxPort, CallRecord record, UserType userType,
                        List<CallRecording> recordings, List<QueueVisit> queueVisits) {

    public EndedCall {
        recordings = List.copyOf(recordings);
        queueVisits = List.copyOf(queueVisits);
    }

    /** A call that visited no queue. */
    public EndedCall(String linkId, String pbxHost, int pbxPort, CallRecord record, UserType userType,
                     List<CallRecording> recordings) {
        this(linkId, pbxHost, pbxPort, record, userType, recordings, List.of());
    }
}
