package org.centrala.events.internal.webhooks;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/** One event for one webhook, and how its delivery went. */
@Schema(description = "One event's delivery to a webhook")
public record Delivery(String id, String webhookId, @Schema(description = "the event's id in the tenant's stream") String eventId,
                       String eventType, @Schema(description = "PENDING (to be tried, again), DELIVERED or FAILED (gave up)") State state,
                       int attempts, @Schema(description = "when it is tried next, while PENDING") Instant nextAttemptAt,
                       @Schema(description = "the receiver's last HTTP status, if it answered") Integer lastStatus,
                       @Schema(description = "why the last attempt failed") String lastError,
                       @Schema(description = "the JSON that is POSTed") String payload, Instant createdAt, Instant updatedAt) {

    public enum State {
        PENDING, DELIVERED, FAILED
    }
}
