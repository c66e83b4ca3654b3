package org.centrala.queues.internal.web;

import io.swagger.v3.oas.annotations.media.Schema;

/** Why the agent pauses: one of the tenant's pause reasons. */
public record PauseRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Lunch") String reason) {
}
