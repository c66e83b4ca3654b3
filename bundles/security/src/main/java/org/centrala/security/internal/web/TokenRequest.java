package org.centrala.security.internal.web;

import io.swagger.v3.oas.annotations.media.Schema;

/** A new API token: a name to recognise it by and, optionally, when it expires (ISO-8601 instant). */
public record TokenRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "CRM integration") String name,
                           @Schema(example = "2027-06-30T00:00:00Z") String expiresAt) {
}
