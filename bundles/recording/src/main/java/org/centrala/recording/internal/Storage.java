package org.centrala.recording.internal;

import java.time.Instant;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/** What a tenant's recordings take: how many, how many bytes (of the files found), since when, by state. */
@Schema(name = "RecordingStorage")
public record Storage(String tenantId, long recordings, long bytes, Instant oldestStartedAt, Map<RecordingState, Long> byState) {

    public Storage {
        byState = Map.copyOf(byState);
    }
}
