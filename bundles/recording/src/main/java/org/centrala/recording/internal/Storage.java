package org.centrala.recording.internal;

import java.time.Instant;
import java.util.Map;

/** What a tenant's recordings take: how many, how many bytes (of the files found), since when, by state. */
public record Storage(String tenantId, long recordings, long bytes, Instant oldestStartedAt, Map<RecordingState, Long> byState) {

    public Storage {
        byState = Map.copyOf(byState);
    }
}
