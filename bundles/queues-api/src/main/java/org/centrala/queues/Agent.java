package org.centrala.queues;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A contact-centre user as an agent: its state since when, the pause reason, the interface its
 * queues ring ({@code PJSIP/<sipUsername>} of its line's device or its own) and the queues it is
 * logged in to.
 */
public record Agent(String userId, String tenantId, String departmentId, String displayName, AgentState state,
                    @Schema(description = "the reason while PAUSED") String pauseReason, Instant since,
                    @Schema(example = "PJSIP/sip-k5z6ezgdzatb") String memberInterface, List<String> queueIds) {
}
