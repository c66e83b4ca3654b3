package org.centrala.pbx;

import java.time.Instant;
import java.util.Set;

/**
 * Which records to read: one tenant's, optionally one user's, started in [from, to). A non-null
 * {@code departmentIds} restricts to contact-centre users of those departments (R18 supervisors).
 */
public record CallRecordQuery(String tenantId, String userId, Instant from, Instant to, Set<String> departmentIds) {

    public CallRecordQuery {
        departmentIds = departmentIds == null ? null : Set.copyOf(departmentIds);
    }

    public static CallRecordQuery ofTenant(String tenantId) {
        return new CallRecordQuery(tenantId, null, null, null, null);
    }
}
