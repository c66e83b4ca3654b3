package org.centrala.recording.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import org.centrala.recording.RecordingPolicy;

/** A queue's or a user's own recording policy, in place of its tenant's. */
public record PolicyOverride(@Schema(allowableValues = {"QUEUE", "USER"}) String targetKind, String targetId,
                             RecordingPolicy policy) {
}
