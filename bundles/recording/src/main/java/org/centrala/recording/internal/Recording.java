package org.centrala.recording.internal;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A recording of a call, tied to its call record ({@code callId}); who may read the record may
 * read it (R6, R18). {@code pauses} are where it was paused (card payments), in milliseconds from
 * its start: silent stretches of the file.
 */
@Schema(description = "A recording of a call; its audio is at /tenants/{tenantId}/recordings/{id}/audio")
public record Recording(String id, String tenantId, String callId, String pbxCallId, String userId, String departmentId,
                        String queue, Instant startedAt, Instant stoppedAt,
                        @Schema(description = "length of the audio, once the file was read") Long durationMillis,
                        Long sizeBytes,
                        @Schema(description = "e.g. PCM_SIGNED 8000.0 Hz, 16 bit, mono") String audioFormat,
                        RecordingState state,
                        @Schema(description = "why it is not AVAILABLE, for people") String stateDetail,
                        @Schema(description = "the file as the PBX named it") String pbxFile,
                        List<Pause> pauses) {

    public Recording {
        pauses = List.copyOf(pauses);
    }

    /** A paused stretch, in milliseconds from the start of the recording; {@code toMillis} null: until its end. */
    @Schema(name = "RecordingPause")
    public record Pause(long fromMillis, Long toMillis) {
    }
}
