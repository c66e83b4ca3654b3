package org.centrala.directory;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** R5: one step of a ring plan: these devices ring together for this many seconds. */
public record RingStep(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<String> deviceIds,
                       @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "20") Integer ringSeconds) {
    public static final int MAX_RING_SECONDS = 300;

    public RingStep {
        deviceIds = deviceIds == null ? List.of() : List.copyOf(deviceIds);
    }
}
