package org.centrala.pbx.internal.model;

import java.time.Instant;
import java.util.List;

import org.centrala.pbx.CallRecording;
import org.centrala.pbx.QueueVisit;

/**
 * What the PBX showed of one call (one Asterisk linked id), before anyone is attributed: the
 * originating channel, every leg dialled, which one answered, the queue, and the times.
 * {@code originUnanswered}: an Originate rang the call's own first channel (click-to-call: the
 * user's phone), which did not answer, so nothing further was dialled. {@code pbxAnsweredAt}: when the
 * PBX itself answered the caller (an announcement, an IVR, AGI, voicemail, the queue before an
 * agent), with the application that did when it is known ({@code pbxApplication}). {@code recordings}:
 * the MixMonitors of the call, with their files as the PBX named them, and {@code queueVisits} its
 * time in queues (issue 12).
 */
public record CallSummary(String linkId, String pbxCallId, Leg origin, List<Leg> dialled, Leg answeredBy,
                          String queue, boolean abandoned, boolean busy, boolean recorded, Instant startedAt,
                          Instant answeredAt, Instant endedAt, boolean endInferred, boolean originUnanswered,
                          Instant pbxAnsweredAt, String pbxApplication, boolean recovered,
                          List<CallRecording> recordings, List<QueueVisit> queueVisits) {

    public CallSummary {
        dialled = List.copyOf(dialled);
        recordings = List.copyOf(recordings);
        queueVisits = List.copyOf(queueVisits);
    }

    /** A call recovered from the CDR, which knows nothing of its recordings' files. */
    public CallSummary(String linkId, String pbxCallId, Leg origin, List<Leg> dialled, Leg answeredBy,
                       String queue, boolean abandoned, boolean busy, boolean recorded, Instant startedAt,
                       Instant answeredAt, Instant endedAt, boolean endInferred, boolean originUnanswered,
                       Instant pbxAnsweredAt, String pbxApplication, boolean recovered) {
        this(linkId, pbxCallId, origin, dialled, answeredBy, queue, abandoned, busy, recorded, startedAt, answeredAt, endedAt,
                endInferred, originUnanswered, pbxAnsweredAt, pbxApplication, recovered, List.of(), List.of());
    }

    /** A call the live model saw. */
    public CallSummary(String linkId, String pbxCallId, Leg origin, List<Leg> dialled, Leg answeredBy,
                       String queue, boolean abandoned, boolean busy, boolean recorded, Instant startedAt,
                       Instant answeredAt, Instant endedAt, boolean endInferred, boolean originUnanswered,
                       Instant pbxAnsweredAt, String pbxApplication) {
        this(linkId, pbxCallId, origin, dialled, answeredBy, queue, abandoned, busy, recorded, startedAt, answeredAt, endedAt,
                endInferred, originUnanswered, pbxAnsweredAt, pbxApplication, false);
    }

    /** A channel of the call: its name, what was dialled to reach it, and the caller id and extension it carried. */
    public record Leg(ChannelName channel, String dialString, String callerNumber, String exten, String context) {
    }
}
