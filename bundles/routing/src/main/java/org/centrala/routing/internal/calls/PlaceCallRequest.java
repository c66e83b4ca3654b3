package org.centrala.routing.internal.calls;

import io.swagger.v3.oas.annotations.media.Schema;

/** What a client sends to place a call: only a number, never a channel, application or data (CVE-2024-42365). */
@Schema(name = "PlaceCallRequest")
public record PlaceCallRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "+381641234567",
        description = "an extension of the tenant, or a phone number (national numbers are read by the country of"
                + " the user's department)") String destination) {
}
