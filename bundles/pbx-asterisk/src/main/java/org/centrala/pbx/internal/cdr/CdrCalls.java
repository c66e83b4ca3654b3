package org.centrala.pbx.internal.cdr;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.centrala.pbx.internal.model.CallSummary;
import org.centrala.pbx.internal.model.ChannelName;

/**
 * The calls in CDR rows, as the live model would have summed them up: one per linked id, its
 * origin the first row of the channel that began it, each dialled channel a leg, the answering one
 * from its ANSWERED row. The records then follow the same attribution as live calls.
 */
final class CdrCalls {
    private CdrCalls() {
    }

    static List<CallSummary> of(String linkId, List<CdrRow> rows) {
        Map<String, List<CdrRow>> byCall = new LinkedHashMap<>();
        rows.stream().filter(r -> r.linkedId() != null && !r.linkedId().isBlank())
                .forEach(r -> byCall.computeIfAbsent(r.linkedId(), k -> new ArrayList<>()).add(r));
        List<CallSummary> calls = new ArrayList<>();
        byCall.forEach((linkedId, legs) -> calls.add(call(linkId, linkedId, legs)));
        return calls;
    }

    private static CallSummary call(String linkId, String linkedId, List<CdrRow> rows) {
        rows.sort(Comparator.comparingLong(CdrRow::sequence));
        CdrRow origin = rows.stream().filter(r -> linkedId.equals(r.uniqueId())).findFirst().orElse(rows.get(0));
        CallSummary.Leg originLeg = new CallSummary.Leg(ChannelName.parse(origin.channel()), null, origin.src(), origin.dst(),
                origin.dcontext());
        List<CallSummary.Leg> dialled = new ArrayList<>();
        CallSummary.Leg answeredBy = null;
        Instant answeredAt = null;
        for (CdrRow row : rows) {
            if (row.dstChannel() == null || row.dstChannel().isBlank()) {
                continue;
            }
            CallSummary.Leg leg = new CallSummary.Leg(ChannelName.parse(row.dstChannel()), dialString(row.lastData()), null,
                    null, null);
            dialled.add(leg);
            if (answeredBy == null && "ANSWERED".equals(row.disposition()) && row.answer() != null) {
                answeredBy = leg;
                answeredAt = row.answer();
            }
        }
        String queue = rows.stream().filter(r -> "Queue".equalsIgnoreCase(r.lastApp())).map(r -> r.lastData().split(",")[0])
                .findFirst().orElse(null);
        // Answered by the PBX itself (Playback, VoiceMail, a queue's caller): the CDR counts it answered.
        Instant pbxAnsweredAt = answeredBy == null && "ANSWERED".equals(origin.disposition()) ? origin.answer() : null;
        boolean busy = answeredBy == null && rows.stream().anyMatch(r -> "BUSY".equals(r.disposition()));
        Instant started = rows.stream().map(CdrRow::start).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(origin.start());
        Instant ended = rows.stream().map(CdrRow::end).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(started);
        return new CallSummary(linkId, linkedId, originLeg, dialled, answeredBy, queue, queue != null && answeredBy == null, busy,
                false, started, answeredAt, ended, false, false, pbxAnsweredAt, pbxAnsweredAt != null ? origin.lastApp() : null, true);
    }

    /** Dial's first argument: "PJSIP/+381641230777@trunk,20" dials "PJSIP/+381641230777@trunk". */
    private static String dialString(String lastData) {
        if (lastData == null) {
            return null;
        }
        int comma = lastData.indexOf(',');
        return comma < 0 ? lastData : lastData.substring(0, comma);
    }
}
