package org.centrala.recording.internal;

import java.time.Instant;
import java.util.Set;

/**
 * Which recordings a reader sees, as call records: one tenant's, optionally one user's or one
 * call's, started in [from, to); {@code departmentIds} non-null restricts to those departments
 * (R18), {@code contactCentreOnly} leaves out back-office users' and nobody's (R6).
 */
public record RecordingQuery(String tenantId, String userId, String callId, Instant from, Instant to,
                             Set<String> departmentIds, boolean contactCentreOnly) {

    public RecordingQuery {
        departmentIds = departmentIds == null ? null : Set.copyOf(departmentIds);
    }

    /** Every recording of the tenant, for the node's own work (retention, storage). */
    public static RecordingQuery ofTenant(String tenantId) {
        return new RecordingQuery(tenantId, null, null, null, null, null, false);
    }
}
