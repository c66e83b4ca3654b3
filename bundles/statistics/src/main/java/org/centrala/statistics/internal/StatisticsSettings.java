package org.centrala.statistics.internal;

import io.swagger.v3.oas.annotations.media.Schema;

/** A tenant's statistics settings, or the node's defaults ({@code stored} false). */
@Schema(description = "The time zone whose days, hours and months a tenant's statistics use")
public record StatisticsSettings(String tenantId, @Schema(example = "Europe/Belgrade") String timeZone,
                                 @Schema(description = "false: the node's default (etc/org.centrala.statistics.cfg)") boolean stored,
                                 @Schema(description = "when it was last set (its version, the ETag); null for the node's default")
                                 java.time.Instant updatedAt) {
}
