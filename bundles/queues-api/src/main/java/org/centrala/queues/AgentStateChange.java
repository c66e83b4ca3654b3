package org.centrala.queues;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One change of an agent's state, kept for statistics: the state entered, when, and what caused
 * it (Centrala's action, or the PBX's event).
 */
public record AgentStateChange(String id, String tenantId, String userId, String departmentId, AgentState state,
                               String pauseReason, Instant at,
                               @Schema(example = "QueueMemberPause", description = "LOG_IN, PAUSE, RESUME, LOG_OUT, LINE_LEFT,"
                                       + " WRAP_UP_OVER, or the PBX event that caused it") String cause) {
}
