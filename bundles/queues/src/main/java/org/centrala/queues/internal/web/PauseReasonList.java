package org.centrala.queues.internal.web;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The tenant's pause reasons, in its order; {@code updatedAt} is when the tenant set them (their
 * version, the ETag), null while it has the defaults. Sent back, {@code updatedAt} is ignored.
 */
public record PauseReasonList(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "[\"Break\", \"Lunch\"]") List<String> reasons,
                              @JsonProperty(access = JsonProperty.Access.READ_ONLY) @Schema(accessMode = Schema.AccessMode.READ_ONLY)
                              Instant updatedAt) {
}
