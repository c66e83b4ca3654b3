package org.centrala.recording.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import org.centrala.recording.RecordingPolicy;

/** New recording settings for a tenant: both fields are required. */
public record RecordingSettingsDraft(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) RecordingPolicy policy,
                                     @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1", maximum = "3650")
                                     Integer retentionDays) {
}
