package org.centrala.queues;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A contact-centre user in a queue, with its skill in that queue as Asterisk's penalty: members
 * with a lower penalty are rung first (0, the best, to 10).
 */
public record QueueMember(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String userId,
                          @Schema(description = "0 (rung first) to 10", example = "0") int penalty) {
}
