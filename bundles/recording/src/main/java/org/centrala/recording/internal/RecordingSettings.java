package org.centrala.recording.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import org.centrala.recording.RecordingPolicy;

/** A tenant's recording settings; {@code stored} false: the node's defaults apply (etc/org.centrala.recording.cfg). */
public record RecordingSettings(String tenantId, RecordingPolicy policy,
                                @Schema(description = "recordings older than this many days are deleted, each deletion audited")
                                int retentionDays, boolean stored,
                                @Schema(description = "when they were last set (their version, the ETag); null for the node's defaults")
                                java.time.Instant updatedAt) {
}
