package org.centrala.pbx;

import java.time.Instant;

/**
 * One call as a tenant sees it (R6: a back-office user's records are for its administrators).
 * {@code userId} and {@code deviceId} name the tenant's party: who answered an inbound call (or
 * was rung, if nobody answered), who placed an outbound one. {@code talkSeconds} counts from
 * answer to end. {@code recordingId} is the slot the recording index fills; {@code endInferred}
 * is true when the end was not seen but inferred on resynchronisation after a lost connection.
 * {@code pbxApplication} is the PBX application that answered the caller before any person did
 * (Playback, AGI, Queue, VoiceMail, Echo; issue 11), as Asterisk's CDR counts such a call answered;
 * null when a person answered first, or when the PBX does not say (docs/asterisk.md).
 * {@code recovered} is true for a call that began and ended while the link was down, read from the
 * PBX's own CDR after the reconnect (issue 11).
 */
public record CallRecord(String id, String tenantId, String pbxCallId, CallDirection direction, String fromNumber,
                         String toNumber, String userId, String deviceId, String departmentId, String queue,
                         Instant startedAt, Instant answeredAt, Instant endedAt, long durationSeconds,
                         long talkSeconds, CallDisposition disposition, boolean recorded, String recordingId,
                         boolean endInferred, String pbxApplication,
                         boolean recovered) {

    /** A record of a call seen live (not recovered from the CDR). */
    public CallRecord(String id, String tenantId, String pbxCallId, CallDirection direction, String fromNumber,
                      String toNumber, String userId, String deviceId, String departmentId, String queue,
                      Instant startedAt, Instant answeredAt, Instant endedAt, long durationSeconds,
                      long talkSeconds, CallDisposition disposition, boolean recorded, String recordingId,
                      boolean endInferred, String pbxApplication) {
        this(id, tenantId, pbxCallId, direction, fromNumber, toNumber, userId, deviceId, departmentId, queue, startedAt,
                answeredAt, endedAt, durationSeconds, talkSeconds, disposition, recorded, recordingId, endInferred, pbxApplication,
                false);
    }

    /** A record of a call no application of the PBX answered. */
    public CallRecord(String id, String tenantId, String pbxCallId, CallDirection direction, String fromNumber,
                      String toNumber, String userId, String deviceId, String departmentId, String queue,
                      Instant startedAt, Instant answeredAt, Instant endedAt, long durationSeconds,
                      long talkSeconds, CallDisposition disposition, boolean recorded, String recordingId,
                      boolean endInferred) {
        this(id, tenantId, pbxCallId, direction, fromNumber, toNumber, userId, deviceId, departmentId, queue, startedAt,
                answeredAt, endedAt, durationSeconds, talkSeconds, disposition, recorded, recordingId, endInferred, null);
    }
}
