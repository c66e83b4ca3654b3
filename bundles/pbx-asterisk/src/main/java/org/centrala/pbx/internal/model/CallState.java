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

    CallSummary summary(String linkId, Instant endedAt, boolean endInferred) {
        return new CallSummary(linkId, id, origin, dialled, answeredBy, queue, abandoned, busy, recorded, startedAt,
                answeredAt, endedAt, endInferred, originUnanswered);
    }
}
