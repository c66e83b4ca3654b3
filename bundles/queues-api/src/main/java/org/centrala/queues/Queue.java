package org.centrala.queues;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A queue of a tenant's contact centre, in one department (R18: its supervisors see it).
 * {@code pbxName} is the queue's name in Asterisk: the tenant's dialplan context, a dash and the
 * name as it was at creation, so that tenants sharing one Asterisk never collide; it never changes.
 * {@code extension} is the internal number the routing reaches it by (issue 11), unique in the
 * tenant among users' and queues' extensions.
 */
public record Queue(String id, String tenantId, String departmentId, String name,
                    @Schema(example = "globex-support") String pbxName, QueueStrategy strategy,
                    @Schema(description = "seconds within which an answered call counts as within the service level") int serviceLevelSeconds,
                    @Schema(description = "seconds after a queue call before the agent is offered the next one") int wrapUpSeconds,
                    List<QueueMember> members, Instant createdAt, Instant updatedAt,
                    @Schema(description = "the internal number callers dial to reach the queue through the routing"
                            + " (issue 11); absent: reached only by the PBX's own dialplan", example = "500") String extension) {

    /** As before queues had extensions (queues-api 1.0). */
    public Queue(String id, String tenantId, String departmentId, String name, String pbxName, QueueStrategy strategy,
                 int serviceLevelSeconds, int wrapUpSeconds, List<QueueMember> members, Instant createdAt, Instant updatedAt) {
        this(id, tenantId, departmentId, name, pbxName, strategy, serviceLevelSeconds, wrapUpSeconds, members, createdAt,
                updatedAt, null);
    }
}
