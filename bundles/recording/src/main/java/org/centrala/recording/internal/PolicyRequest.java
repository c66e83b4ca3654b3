package org.centrala.recording.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import org.centrala.recording.RecordingPolicy;

/** The policy a queue or a user gets in place of its tenant's. */
public record PolicyRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) RecordingPolicy policy) {
}
