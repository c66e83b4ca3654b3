package org.centrala.pbx;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One recording of a call as the PBX reported it (issue 12): Asterisk's MixMonitor on one
 * channel ({@code channel}, its {@code uniqueId}), the file it wrote ({@code MIXMONITOR_FILENAME},
 * a path on the PBX's own file system; null when the PBX did not say, as its VarSet event is of the
 * {@code dialplan} class an AMI user may not read), when it started and stopped, and when it was
 * paused (MixMonitorMute), e.g. while a card number was read out.
 */
public record CallRecording(String channel, String uniqueId, String file, Instant startedAt, Instant stoppedAt,
                            List<Pause> pauses) {

    public CallRecording {
        pauses = List.copyOf(pauses);
    }

    /**
     * The recording's id in a tenant's recording index, the same wherever it is computed: the
     * link names it in the call record ({@link CallRecord#recordingId()}), the index keys it so.
     * A file, not a call, is one recording, so a call seen twice never gives two.
     */
    public String id(String tenantId, String linkId) {
        String key = tenantId + "|" + linkId + "|" + (file == null ? uniqueId + "|" + startedAt : file);
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** A stretch in which nothing was recorded; {@code to} is null when the recording stopped paused. */
    public record Pause(Instant from, Instant to) {
    }
}
