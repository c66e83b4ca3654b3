package org.centrala.statistics.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.centrala.pbx.CallTopics;
import org.centrala.pbx.QueueTopics;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

/**
 * The callers waiting in each tenant's queues now, from the PBX's QueueCallerJoin and
 * QueueCallerLeave (issue 12: calls waiting and the longest wait), never by asking Asterisk. A
 * call's end takes it out of every queue, so a caller whose leaving was lost with the link does not
 * wait for ever.
 */
@Component(service = {EventHandler.class, WaitingCallers.class}, property = {
        EventConstants.EVENT_TOPIC + "=" + QueueTopics.CALLER_JOINED,
        EventConstants.EVENT_TOPIC + "=" + QueueTopics.CALLER_LEFT,
        EventConstants.EVENT_TOPIC + "=" + CallTopics.ENDED})
public class WaitingCallers implements EventHandler {
    /** One waiting caller: its call on its link, since when. */
    record Caller(String linkId, String pbxCallId, Instant since) {
    }

    /** tenant → queue's PBX name → link|call → the caller. */
    private final Map<String, Map<String, Map<String, Caller>>> waiting = new ConcurrentHashMap<>();
    private final RollupWriter writer;
    private final QueueDirectory queues;

    @Activate
    public WaitingCallers(@Reference RollupWriter writer, @Reference QueueDirectory queues) {
        this.writer = writer;
        this.queues = queues;
    }

    @Override
    public void handleEvent(Event event) {
        if (CallTopics.ENDED.equals(event.getTopic())) {
            String key = event.getProperty(CallTopics.LINK_ID) + "|" + event.getProperty(CallTopics.PBX_CALL_ID);
            Object tenantId = event.getProperty(CallTopics.TENANT_ID);
            if (tenantId != null) {
                waiting.getOrDefault((String) tenantId, Map.of()).forEach((queue, callers) -> {
                    if (callers.remove(key) != null) {
                        Object endedAt = event.getProperty(CallTopics.ENDED_AT);
                        changed((String) tenantId, queue, endedAt instanceof Long millis ? Instant.ofEpochMilli(millis) : Instant.now());
                    }
                });
            }
            return;
        }
        String tenantId = (String) event.getProperty(QueueTopics.TENANT_ID);
        String queue = (String) event.getProperty(QueueTopics.QUEUE);
        String linkId = (String) event.getProperty(QueueTopics.LINK_ID);
        String callId = (String) event.getProperty(QueueTopics.PBX_CALL_ID);
        Long at = (Long) event.getProperty(QueueTopics.AT);
        if (tenantId == null || queue == null || callId == null || at == null) {
            return;
        }
        Map<String, Caller> callers = waiting.computeIfAbsent(tenantId, t -> new ConcurrentHashMap<>())
                .computeIfAbsent(queue, q -> new ConcurrentHashMap<>());
        if (QueueTopics.CALLER_JOINED.equals(event.getTopic())) {
            callers.put(linkId + "|" + callId, new Caller(linkId, callId, Instant.ofEpochMilli(at)));
        } else {
            callers.remove(linkId + "|" + callId);
        }
        changed(tenantId, queue, Instant.ofEpochMilli(at));
    }

    /** The queue's live figures are told again, with its callers waiting now. */
    private void changed(String tenantId, String pbxQueue, Instant causedAt) {
        writer.tellLater(tenantId, () -> {
            QueueFacts queue = queues.byPbxName(tenantId, pbxQueue);
            return Subject.queue(queue.id(), queue.departmentId());
        }, causedAt);
    }

    /** The callers waiting in the tenant's queue now, longest waiting first. */
    List<Caller> in(String tenantId, String pbxQueue) {
        return waiting.getOrDefault(tenantId, Map.of()).getOrDefault(pbxQueue, Map.of()).values().stream()
                .sorted(java.util.Comparator.comparing(Caller::since)).toList();
    }
}
