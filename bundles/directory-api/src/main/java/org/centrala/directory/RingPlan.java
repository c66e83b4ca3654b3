package org.centrala.directory;

import java.util.List;

/**
 * R5: the ordered steps that ring a back-office user's devices. {@code stored} is false when the
 * user has not set one and this is the default: the desk phone for 10 s, then the mobile.
 */
public record RingPlan(String userId, List<RingStep> steps, boolean stored) {
    public static final int DEFAULT_DESK_SECONDS = 10;
    public static final int DEFAULT_MOBILE_SECONDS = 20;
}
