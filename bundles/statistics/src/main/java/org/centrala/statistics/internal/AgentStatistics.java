package org.centrala.statistics.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.centrala.common.Page;
import org.centrala.common.PageRequest;
import org.centrala.common.SortDirection;
import org.centrala.persistence.Database;
import org.centrala.queues.AgentService;
import org.centrala.queues.AgentStateChange;
import org.centrala.queues.AgentTopics;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts agents' time in each state into the roll-ups as each state ends (issue 12, R8). The
 * queues bundle keeps every change; this reads them from where it last counted, so changes made
 * while this bundle was being updated or the node was down are counted when it is back, and a
 * change is never counted twice.
 */
@Component(service = {EventHandler.class, AgentStatistics.class}, property = EventConstants.EVENT_TOPIC + "=" + AgentTopics.STATE)
public class AgentStatistics implements EventHandler {
    private static final Logger LOG = LoggerFactory.getLogger(AgentStatistics.class);
    /** How far back an agent never counted before is read (a node's first start with statistics). */
    static final Duration FIRST_LOOK_BACK = Duration.ofDays(31);

    private final AgentService agents;
    private final RollupWriter writer;
    private final Database db;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> new Thread(r, "centrala-statistics-agents"));

    @Activate
    public AgentStatistics(@Reference AgentService agents, @Reference RollupWriter writer, @Reference StatisticsSchema schema) {
        this.agents = agents;
        this.writer = writer;
        this.db = schema.database();
        thread.execute(() -> AgentCursor.all(db).forEach(cursor -> countSafely(cursor.tenantId(), cursor.userId())));
    }

    @Deactivate
    void deactivate() {
        thread.shutdownNow();
    }

    @Override
    public void handleEvent(Event event) {
        String tenantId = (String) event.getProperty(AgentTopics.TENANT_ID);
        String userId = (String) event.getProperty(AgentTopics.USER_ID);
        if (tenantId != null && userId != null) {
            thread.execute(() -> countSafely(tenantId, userId));
        }
    }

    private void countSafely(String tenantId, String userId) {
        try {
            count(tenantId, userId);
        } catch (RuntimeException e) {
            // The database away, or the writer stopping: the agent's next change counts from the same cursor.
            LOG.info("Agent {}'s time not counted yet: {}", userId, e.toString());
        }
    }

    /** Counts every change of the agent after its cursor, page by page, each page in one transaction. */
    void count(String tenantId, String userId) {
        AgentCursor cursor = AgentCursor.read(db, tenantId, userId).orElse(null);
        Instant now = writer.now();
        Instant from = cursor != null ? cursor.since() : now.minus(FIRST_LOOK_BACK);
        while (true) {
            Page<AgentStateChange> page = agents.history(tenantId, userId, from, now.plusSeconds(1),
                    new PageRequest(0, PageRequest.MAX_SIZE, "at", SortDirection.ASC));
            RollupBatch batch = new RollupBatch();
            AgentCursor start = cursor;
            AgentCursor end = cursor;
            for (AgentStateChange change : page.items()) {
                if (end != null && !end.isBefore(change)) {
                    continue;
                }
                if (end != null) {
                    AgentFacts.add(batch, tenantId, userId, end.departmentId(), end.state(), end.since(), change.at());
                }
                end = AgentCursor.of(change);
            }
            if (end == start) {
                return;
            }
            AgentCursor moved = end;
            if (!writer.add(tenantId, batch, () -> moved.moveFrom(db, start), moved.since())) {
                LOG.debug("Agent {}'s cursor moved meanwhile; counted there", userId);
                return;
            }
            cursor = end;
            if (page.items().size() < PageRequest.MAX_SIZE) {
                return;
            }
            from = cursor.since();
        }
    }
}
