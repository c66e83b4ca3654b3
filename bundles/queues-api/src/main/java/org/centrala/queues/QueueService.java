package org.centrala.queues;

import java.util.List;
import java.util.Set;

import org.centrala.common.Page;
import org.centrala.common.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/** A tenant's queues with their members (R11 users, skills as penalties). */
@ProviderType
public interface QueueService {
    /** Members must be contact-centre users of the tenant who have not left. */
    Queue create(String tenantId, QueueDraft draft);

    Queue get(String tenantId, String id);

    default Queue update(String tenantId, String id, QueueDraft draft) {
        return update(tenantId, id, draft, null);
    }

    /**
     * As the update without a version, only if the queue is still as it was at {@code expectedUpdatedAt}
     * (null: whatever it is now): the check and the write are one statement, so of two writes made
     * against the same version exactly one is applied.
     *
     * @throws org.centrala.common.StaleVersionException when it was changed since; nothing is written
     */
    Queue update(String tenantId, String id, QueueDraft draft, java.time.Instant expectedUpdatedAt);

    /** Refused (conflict) while an agent is logged in to it. */
    void delete(String tenantId, String id);

    /**
     * @param departmentIds only queues of these departments (a supervisor's, R18); null: all
     * Sort keys: name (default), createdAt.
     */
    Page<Queue> list(String tenantId, Set<String> departmentIds, PageRequest request);

    /** The tenant's queue with this extension (issue 11: the routing's target), if any. */
    java.util.Optional<Queue> byExtension(String tenantId, String extension);

    /** The queues the user is a member of, by name. */
    List<Queue> queuesOf(String tenantId, String userId);
}
