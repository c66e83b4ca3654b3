package org.centrala.pbx.internal.link;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

import org.centrala.pbx.CallTopics;
import org.centrala.pbx.EndedCall;
import org.centrala.pbx.QueueTopics;
import org.centrala.pbx.internal.model.QueueReport;
import org.centrala.pbx.internal.model.CallListener;
import org.centrala.pbx.internal.model.CallSummary;
import org.centrala.pbx.internal.records.CallAttribution;
import org.centrala.pbx.internal.records.CallRecordEvents;
import org.centrala.pbx.internal.records.RetryingWorker;
import org.centrala.pbx.internal.records.TransientFailures;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the call model's reports into domain events on EventAdmin (posted, never sent: a slow
 * subscriber must not slow the lanes). Ended calls are attributed to a tenant's parties first.
 */
final class LinkCallListener implements CallListener {
    private static final Logger LOG = LoggerFactory.getLogger(LinkCallListener.class);

    private final String linkId;
    private final Supplier<Map<String, String>> tenantsByContext;
    private final CallAttribution attribution;
    private final EventAdmin events;
    private final Map<String, String> devices = new ConcurrentHashMap<>();
    private final Map<String, String> queueMembers = new ConcurrentHashMap<>();
    private final LongAdder unattributed = new LongAdder();
    private final RetryingWorker<CallSummary> laterAttribution;
    private final LinkKey pbx;
    private final java.util.function.Consumer<EndedCall> endedCalls;

    LinkCallListener(LinkKey pbx, Supplier<Map<String, String>> tenantsByContext, CallAttribution attribution,
                     EventAdmin events, java.util.function.Consumer<EndedCall> endedCalls) {
        this.linkId = pbx.id();
        this.pbx = pbx;
        this.endedCalls = endedCalls;
        this.tenantsByContext = tenantsByContext;
        this.attribution = attribution;
        this.events = events;
        this.laterAttribution = new RetryingWorker<>("centrala-ami-" + linkId + "-attribution", 10_000, 1_000,
                30_000, Duration.ofSeconds(5), TransientFailures::isTransient, this::attributeAndPost);
    }

    @Override
    public void started(String pbxCallId, CallSummary.Leg origin, Instant at) {
        Map<String, Object> p = base(pbxCallId);
        p.put(CallTopics.STARTED_AT, at.toEpochMilli());
        putIfPresent(p, CallTopics.TENANT_ID, tenantsByContext.get().get(origin.context()));
        putIfPresent(p, CallTopics.FROM, origin.callerNumber());
        putIfPresent(p, CallTopics.TO, origin.exten());
        events.postEvent(new Event(CallTopics.STARTED, p));
    }

    @Override
    public void answered(String pbxCallId, CallSummary.Leg answeredBy, Instant at) {
        Map<String, Object> p = base(pbxCallId);
        p.put(CallTopics.ANSWERED_AT, at.toEpochMilli());
        p.put(CallTopics.DEVICE, answeredBy.channel().technology() + "/" + answeredBy.channel().resource());
        events.postEvent(new Event(CallTopics.ANSWERED, p));
    }

    @Override
    public void ringing(String pbxCallId, CallSummary.Leg rung, Instant at) {
        Map<String, Object> p = base(pbxCallId);
        p.put(CallTopics.RINGING_AT, at.toEpochMilli());
        p.put(CallTopics.DEVICE, rung.channel().technology() + "/" + rung.channel().resource());
        events.postEvent(new Event(CallTopics.RINGING, p));
    }

    @Override
    public void ended(CallSummary call) {
        try {
            attributeAndPost(call);
        } catch (RuntimeException e) {
            // The directory is unreachable (database down): try again off the lane until it is back.
            LOG.debug("Call {} on {} not attributed yet: {}", call.pbxCallId(), linkId, e.toString());
            laterAttribution.submit(call);
        }
    }

    private void attributeAndPost(CallSummary call) {
        attribution.attribute(call, tenantsByContext.get()).ifPresentOrElse(
                a -> {
                    endedCalls.accept(new EndedCall(linkId, pbx.host(), pbx.port(), a.record(), a.userType(),
                            call.recordings(), call.queueVisits()));
                    events.postEvent(CallRecordEvents.ended(linkId, a.record(), a.userType()));
                },
                () -> {
                    unattributed.increment();
                    LOG.debug("Call {} on {} matches no tenant (context {}); not recorded", call.pbxCallId(),
                            linkId, call.origin() == null ? null : call.origin().context());
                });
    }

    /**
     * When the link stops: calls still waiting for the directory are logged, not silently lost; at
     * WARN when the whole node is stopping (the directory may stop first), else at ERROR.
     */
    void close(boolean nodeStopping) {
        laterAttribution.close(nodeStopping);
    }

    @Override
    public void deviceState(String device, String state) {
        devices.put(device, state);
        Map<String, Object> p = new HashMap<>();
        p.put(CallTopics.LINK_ID, linkId);
        p.put(CallTopics.DEVICE, device);
        p.put(CallTopics.STATE, state);
        events.postEvent(new Event(CallTopics.DEVICE_STATE, p));
    }

    @Override
    public void queueMember(String queue, String memberInterface, String state) {
        if (queue == null || memberInterface == null) {
            return;
        }
        if (state == null) {
            queueMembers.remove(queue + "|" + memberInterface);
        } else {
            queueMembers.put(queue + "|" + memberInterface, state);
        }
    }

    @Override
    public void queueReport(QueueReport report) {
        Map<String, Object> p = new HashMap<>();
        p.put(QueueTopics.LINK_ID, linkId);
        p.put(QueueTopics.QUEUE, report.queue());
        putIfPresent(p, QueueTopics.INTERFACE, report.memberInterface());
        p.put(QueueTopics.AT, report.at().toEpochMilli());
        if (report.context() != null) {
            putIfPresent(p, QueueTopics.TENANT_ID, tenantsByContext.get().get(report.context()));
        }
        putIfPresent(p, QueueTopics.STATUS, report.status());
        putIfPresent(p, QueueTopics.PAUSED, report.paused());
        putIfPresent(p, QueueTopics.REASON, report.reason());
        putIfPresent(p, QueueTopics.PBX_CALL_ID, report.pbxCallId());
        events.postEvent(new Event(report.topic(), p));
    }

    /** What QueueStatus listed, for the agents' states (QueueTopics.SNAPSHOT). */
    void queueSnapshot(java.util.Set<String> queues, java.util.Set<String> members, Instant asked) {
        Map<String, Object> p = new HashMap<>();
        p.put(QueueTopics.LINK_ID, linkId);
        p.put(QueueTopics.QUEUES, queues.toArray(String[]::new));
        p.put(QueueTopics.MEMBERS, members.toArray(String[]::new));
        p.put(QueueTopics.TENANT_IDS, new java.util.TreeSet<>(tenantsByContext.get().values()).toArray(String[]::new));
        p.put(QueueTopics.AT, asked.toEpochMilli());
        events.postEvent(new Event(QueueTopics.SNAPSHOT, p));
    }

    java.util.Optional<String> deviceState(String device) {
        return java.util.Optional.ofNullable(devices.get(device));
    }

    int devicesKnown() {
        return devices.size();
    }

    int queueMembersKnown() {
        return queueMembers.size();
    }

    long unattributed() {
        return unattributed.sum();
    }

    private Map<String, Object> base(String pbxCallId) {
        Map<String, Object> p = new HashMap<>();
        p.put(CallTopics.LINK_ID, linkId);
        p.put(CallTopics.PBX_CALL_ID, pbxCallId);
        return p;
    }

    private static void putIfPresent(Map<String, Object> p, String key, Object value) {
        if (value != null) {
            p.put(key, value);
        }
    }
}
