package org.centrala.directory;

import java.util.List;

/**
 * R5: the ordered steps that ring a back-office user's devices. {@code stored} is false when the
 * user has not set one and this is the default: the desk phone for 10 s, then the mobile.
 * {@code updatedAt} is when the stored plan was set (its version), null for the default.
 */
public record RingPlan(String userId, List<RingStep> steps, boolean stored, java.time.Instant updatedAt) {
    public static final int DEFAULT_DESK_SECONDS = 10;
    public static final int DEFAULT_MOBILE_SECONDS = 20;

    /** A plan without a version (the form of version 3.5). */
    public RingPlan(String userId, List<RingStep> steps, boolean stored) {
        this(userId, steps, stored, null);
    }
}
