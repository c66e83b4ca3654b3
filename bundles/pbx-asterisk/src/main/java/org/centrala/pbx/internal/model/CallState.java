package org.centrala.pbx.internal.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A call in progress: its channels, what was dialled, who answered. Lane thread only. */
final class CallState {
    final String id;
    final Instant startedAt;
    final Map<String, CallSummary.Leg> legs = new HashMap<>();
    final Set<String> live = new HashSet<>();
    final List<CallSummary.Leg> dialled = new ArrayList<>(4);
    CallSummary.Leg origin;
    CallSummary.Leg answeredBy;
    Instant answeredAt;
    String queue;
    boolean abandoned;
    boolean busy;
    boolean recorded;
    boolean originUnanswered;
    /** An Originate rang the call's first channel: its going up is the user answering, not the PBX. */
    boolean originRungByOriginate;
    /** When the PBX itself answered the caller (Answer, an announcement, an IVR, AGI, the queue). */
    Instant pbxAnsweredAt;
    /** The caller's channel's full name (Local/100@default-00000007;1), to know its Local partner (;2). */
    String originChannel;
    /** The application each caller-side channel runs now, from Newexten (when the PBX sends the dialplan class). */
    final Map<String, String> runningApplication = new HashMap<>(4);
    /** The caller-side channel the PBX answered on. */
    String pbxAnsweredOn;
    /** The application that answered: the one running when the caller went up, or the one after Answer(). */
    String answeringApplication;
    /** The file each channel's next MixMonitor writes: VarSet MIXMONITOR_FILENAME comes just before MixMonitorStart. */
    final Map<String, String> recordingFiles = new HashMap<>(2);
    /** The call's recordings, by the recorded channel's unique id and file, in start order. */
    final Map<String, RecordingState> recordings = new java.util.LinkedHashMap<>(2);
    /** The call's time in queues, in the order it joined them. */
    final List<QueueVisitState> queueVisits = new ArrayList<>(1);
    long seenIn;
    /** The channels the current resync's snapshot listed (or that were born during it). */
    final Set<String> inSnapshot = new HashSet<>();

    CallState(String id, Instant startedAt, long epoch) {
        this.id = id;
        this.startedAt = startedAt;
        this.seenIn = epoch;
    }

    void channelUp(String uniqueId, CallSummary.Leg leg) {
        if (uniqueId == null) {
            return;
        }
        legs.putIfAbsent(uniqueId, leg);
        live.add(uniqueId);
    }

    /** A DialBegin: the destination leg now carries the dial string that reached it. */
    void dialled(String destUniqueId, String destChannel, String dialString, String callerNumber, String exten,
                 String context) {
        CallSummary.Leg leg = new CallSummary.Leg(ChannelName.parse(destChannel), dialString, callerNumber, exten,
                context);
        if (destUniqueId != null) {
            legs.put(destUniqueId, leg);
        }
        dialled.add(leg);
    }

    void recordingStarted(String uniqueId, String channel, Instant at) {
        recorded = true;
        String file = recordingFiles.remove(uniqueId);
        recordings.putIfAbsent(uniqueId + "|" + file, new RecordingState(channel, uniqueId, file, at));
    }

    /** MixMonitorMute, MixMonitorStop and the channel's hang-up concern every recording running on it. */
    void recordingsOf(String uniqueId, java.util.function.Consumer<RecordingState> change) {
        if (uniqueId == null) {
            return;
        }
        recordings.forEach((key, recording) -> {
            if (key.startsWith(uniqueId + "|")) {
                change.accept(recording);
            }
        });
    }

    /** The visit to that queue still under way (the last one joined), or null. */
    QueueVisitState visitOf(String queue) {
        for (int i = queueVisits.size() - 1; i >= 0; i--) {
            if (queueVisits.get(i).queue.equals(queue)) {
                return queueVisits.get(i);
            }
        }
        return null;
    }

    /** An inferred end, never before what is known of the call itself (its start, its answer). */
    Instant notBefore(Instant end) {
        Instant known = answeredAt != null && answeredAt.isAfter(startedAt) ? answeredAt : startedAt;
        return end.isBefore(known) ? known : end;
    }

    CallSummary summary(String linkId, Instant endedAt, boolean endInferred) {
        return new CallSummary(linkId, id, origin, dialled, answeredBy, queue, abandoned, busy, recorded, startedAt,
                answeredAt, endedAt, endInferred, originUnanswered, pbxAnsweredAt,
                answeringApplication == null && pbxAnsweredAt != null && queue != null ? "Queue" : answeringApplication,
                false, recordings.values().stream().map(r -> r.toRecording(endedAt)).toList(),
                queueVisits.stream().map(v -> v.toVisit(endedAt)).toList());
    }
}
