package org.centrala.directory;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** R5: ring plans of back-office users. */
@ProviderType
public interface RingPlanService {
    /** The stored plan, or the default built from the user's devices. */
    RingPlan get(String tenantId, String userId);

    /** Replaces the plan; refused when empty, with non-positive times, or with a device that is not the user's. */
    default RingPlan set(String tenantId, String userId, List<RingStep> steps) {
        return set(tenantId, userId, steps, null);
    }

    /**
     * As {@link #set(String, String, List)}, only if the stored plan is still at
     * {@code expectedUpdatedAt} (null: whatever it is); the check is the write's own.
     *
     * @throws org.centrala.common.StaleVersionException when it was changed since; nothing is written
     */
    RingPlan set(String tenantId, String userId, List<RingStep> steps, java.time.Instant expectedUpdatedAt);

    /** Back to the default plan. */
    RingPlan reset(String tenantId, String userId);
}
