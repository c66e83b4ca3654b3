package org.centrala.queues;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A queue of a tenant's contact centre, in one department (R18: its supervisors see it).
 * {@code pbxName} is the queue's name in Asterisk: the tenant's dialplan context, a dash and the
 * name as it was at creation, so that tenants sharing one Asterisk never collide; it never changes.
 */
public record Queue(String id, String tenantId, String departmentId, String name,
                    @Schema(example = "globex-support") String pbxName, QueueStrategy strategy,
                    @Schema(description = "seconds within which an answered call counts as within the service level") int serviceLevelSeconds,
                    @Schema(description = "seconds after a queue call before the agent is offered the next one") int wrapUpSeconds,
                    List<QueueMember> members, Instant createdAt, Instant updatedAt) {
}
