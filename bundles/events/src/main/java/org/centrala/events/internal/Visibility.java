package org.centrala.events.internal;

import java.util.Set;

/**
 * What a subscriber may see of its tenant's events: what its REST reads show (R6, R18). Itself
 * always; back-office users' and nobody's calls only if it sees back-office calls (administrators);
 * other users' if it sees the whole tenant, or their department is one of its own (supervisors);
 * statistics likewise, the tenant's total only to who sees the whole tenant.
 */
public record Visibility(String userId, boolean wholeTenant, boolean backOffice, Set<String> departmentIds) {

    public Visibility {
        departmentIds = departmentIds == null ? Set.of() : Set.copyOf(departmentIds);
    }

    public boolean sees(LiveEvent.About about) {
        if (about.userId() != null && about.userId().equals(userId)) {
            return true;
        }
        if (about.figures()) {
            // The statistics' live answer: the tenant's total for who reads the whole tenant, a
            // department's queues and agents also for its supervisors (R18); never a back-office user's (R6).
            return wholeTenant || about.departmentId() != null && departmentIds.contains(about.departmentId());
        }
        if (!"CONTACT_CENTRE".equals(about.userType()) && !backOffice) {
            return false;
        }
        if (about.userId() == null) {
            // A call nobody of the tenant is known to be in yet: like a record of nobody, for administrators.
            return backOffice && wholeTenant;
        }
        return wholeTenant || about.departmentId() != null && departmentIds.contains(about.departmentId());
    }
}
