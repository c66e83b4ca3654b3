package org.centrala.directory;

import java.util.List;

/** R5: one step of a ring plan: these devices ring together for this many seconds. */
public record RingStep(List<String> deviceIds, Integer ringSeconds) {
    public static final int MAX_RING_SECONDS = 300;

    public RingStep {
        deviceIds = deviceIds == null ? List.of() : List.copyOf(deviceIds);
    }
}
