package org.centrala.statistics.internal;

import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.centrala.statistics.StatisticsTopics;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * Tells of changed live figures on {@link StatisticsTopics#UPDATED} (the event stream's
 * {@code statistics.updated}, the wallboard): each subject whose figures of today changed, with
 * its entry of the live answer; a queue's also when a caller joins or leaves it.
 */
@Component(service = FiguresPublisher.class, immediate = true)
public class FiguresPublisher {
    private final EventAdmin events;
    private final RollupWriter writer;
    private final WaitingCallers waiting;
    private final QueueDirectory queues;

    @Activate
    public FiguresPublisher(@Reference EventAdmin events, @Reference RollupWriter writer, @Reference WaitingCallers waiting,
                            @Reference QueueDirectory queues) {
        this.events = events;
        this.writer = writer;
        this.waiting = waiting;
        this.queues = queues;
        writer.listen(this::changed);
    }

    @Deactivate
    void deactivate() {
        writer.listen(null);
    }

    private void changed(String tenantId, Map<Subject, Tally> changed, java.time.Instant causedAt) {
        long at = System.currentTimeMillis();
        changed.forEach((subject, tally) -> {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("subject", subject.dimension().name().toLowerCase(java.util.Locale.ROOT));
            data.put("subjectId", subject.id());
            if (subject.departmentId() != null) {
                data.put("departmentId", subject.departmentId());
            }
            if (subject.dimension() == Dimension.QUEUE) {
                QueueFacts queue = queues.byId(tenantId, subject.id());
                List<WaitingCallers.Caller> callers = waiting.in(tenantId, queue.pbxName());
                data.put("name", queue.name());
                data.put("waiting", callers.size());
                data.put("longestWaitingSeconds", callers.isEmpty() ? 0.0 : Math.max(0, at - callers.get(0).since().toEpochMilli()) / 1000.0);
            }
            data.put("today", asMap(Figures.of(tally)));
            Map<String, Object> properties = new HashMap<>();
            properties.put(StatisticsTopics.TENANT_ID, tenantId);
            properties.put(StatisticsTopics.SUBJECT, data.get("subject"));
            properties.put(StatisticsTopics.SUBJECT_ID, subject.id());
            if (subject.departmentId() != null) {
                properties.put(StatisticsTopics.DEPARTMENT_ID, subject.departmentId());
            }
            properties.put(StatisticsTopics.DATA, data);
            properties.put(StatisticsTopics.AT, causedAt.toEpochMilli());
            events.postEvent(new Event(StatisticsTopics.UPDATED, properties));
        });
    }

    /** A record's components by name, absent ones left out: JSON values for any subscriber. */
    static Map<String, Object> asMap(Record record) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            try {
                Object value = component.getAccessor().invoke(record);
                if (value != null) {
                    map.put(component.getName(), value);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return map;
    }
}
