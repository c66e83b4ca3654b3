package org.centrala.queues.internal.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** The tenant's pause reasons, in its order. */
public record PauseReasonList(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "[\"Break\", \"Lunch\"]") List<String> reasons) {
}
