package org.centrala.directory;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** R5: ring plans of back-office users. */
@ProviderType
public interface RingPlanService {
    /** The stored plan, or the default built from the user's devices. */
    RingPlan get(String tenantId, String userId);

    /** Replaces the plan; refused when empty, with non-positive times, or with a device that is not the user's. */
    RingPlan set(String tenantId, String userId, List<RingStep> steps);

    /** Back to the default plan. */
    RingPlan reset(String tenantId, String userId);
}
