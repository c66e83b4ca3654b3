package org.centrala.statistics.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.centrala.queues.QueueService;
import org.centrala.web.Paging;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A tenant's queues by their PBX name, as the PBX's queue events name them. Read once per tenant
 * and again when the PBX names a queue not seen yet (created since).
 */
@Component(service = QueueDirectory.class)
public class QueueDirectory {
    private final QueueService queues;
    /** How long a tenant's queues are trusted: a queue moved to another department is seen within it. */
    private static final long FRESH_MILLIS = 60_000;
    private final Map<String, Known> byTenant = new ConcurrentHashMap<>();

    private record Known(Map<String, QueueFacts> queues, long readAt) {
    }

    @Activate
    public QueueDirectory(@Reference QueueService queues) {
        this.queues = queues;
    }

    QueueFacts byPbxName(String tenantId, String pbxName) {
        Known known = byTenant.get(tenantId);
        if (known == null || !known.queues().containsKey(pbxName) || System.currentTimeMillis() - known.readAt() > FRESH_MILLIS) {
            known = new Known(read(tenantId), System.currentTimeMillis());
            byTenant.put(tenantId, known);
        }
        return known.queues().getOrDefault(pbxName, QueueFacts.unknown(pbxName));
    }

    /** The tenant's queue by id, as last read (a queue the PBX named only: under its PBX name). */
    QueueFacts byId(String tenantId, String id) {
        Known known = byTenant.get(tenantId);
        if (known == null) {
            known = new Known(read(tenantId), System.currentTimeMillis());
            byTenant.put(tenantId, known);
        }
        return known.queues().values().stream().filter(q -> q.id().equals(id)).findFirst().orElse(QueueFacts.unknown(id));
    }

    private Map<String, QueueFacts> read(String tenantId) {
        Map<String, QueueFacts> found = new ConcurrentHashMap<>();
        Paging.all(request -> queues.list(tenantId, null, request), null, q -> found.put(q.pbxName(),
                new QueueFacts(q.id(), q.departmentId(), q.name(), q.serviceLevelSeconds(), q.pbxName())));
        return found;
    }
}
