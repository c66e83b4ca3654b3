package org.centrala.events.internal.webhooks;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** A tenant's webhook: where its live events of the chosen types are POSTed, signed with its secret. */
@Schema(description = "A webhook: the tenant's live events of its types, POSTed as signed JSON to its URL")
public record Webhook(String id, String tenantId, @Schema(example = "https://crm.example.com/centrala/events") String url,
                      @Schema(description = "the event types it gets, as the event stream names them", example = "[\"call.ended\"]")
                      List<String> eventTypes, String description, boolean active, Instant createdAt, Instant updatedAt) {
}
