package org.centrala.pbx.internal.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps what the call model reports, for tests; thread-safe, as lanes report on their own threads. */
public class RecordingCallListener implements CallListener {
    public final List<String> answered = new CopyOnWriteArrayList<>();
    /** Each call's reports in order: "ringing PJSIP/2002", "answered PJSIP/2002". */
    public final Map<String, List<String>> reports = new ConcurrentHashMap<>();
    public final List<CallSummary> ended = new CopyOnWriteArrayList<>();
    public final Map<String, String> devices = new ConcurrentHashMap<>();
    /** By "queue|interface". */
    public final Map<String, String> queueMembers = new ConcurrentHashMap<>();

    @Override
    public void started(String pbxCallId, CallSummary.Leg origin, Instant at) {
    }

    @Override
    public void answered(String pbxCallId, CallSummary.Leg answeredBy, Instant at) {
        answered.add(pbxCallId);
        report(pbxCallId, "answered " + answeredBy.channel().technology() + "/" + answeredBy.channel().resource());
    }

    @Override
    public void ringing(String pbxCallId, CallSummary.Leg rung, Instant at) {
        report(pbxCallId, "ringing " + rung.channel().technology() + "/" + rung.channel().resource());
    }

    private void report(String pbxCallId, String what) {
        reports.computeIfAbsent(pbxCallId, k -> new CopyOnWriteArrayList<>()).add(what);
    }

    @Override
    public void ended(CallSummary call) {
        ended.add(call);
    }

    @Override
    public void deviceState(String device, String state) {
        devices.put(device, state);
    }

    @Override
    public void queueMember(String queue, String memberInterface, String state) {
        if (state == null) {
            queueMembers.remove(queue + "|" + memberInterface);
        } else {
            queueMembers.put(queue + "|" + memberInterface, state);
        }
    }

    public final java.util.List<QueueReport> queueReports = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override
    public void queueReport(QueueReport report) {
        queueReports.add(report);
    }
}
