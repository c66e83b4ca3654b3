package org.centrala.events.internal.webhooks;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** A webhook as a client creates or replaces it. */
public record WebhookDraft(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "https, to a public address; plain http or a"
                + " private, loopback or link-local address only for hosts in allowedHosts (etc/org.centrala.webhooks.cfg)",
                example = "https://crm.example.com/centrala/events") String url,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "call.started, call.ringing, call.answered, call.ended,"
                + " agent.state, statistics.updated", example = "[\"call.ended\"]") List<String> eventTypes,
        @Schema(example = "CRM: log each call") String description,
        @Schema(description = "false: nothing is delivered until it is true again; default true") Boolean active) {
}
