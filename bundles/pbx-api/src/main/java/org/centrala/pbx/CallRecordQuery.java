package org.centrala.pbx;

import java.time.Instant;
import java.util.Set;

/**
 * Which records to read: one tenant's, optionally one user's, started in [from, to). A non-null
 * {@code departmentIds} restricts to those departments' users (R18); {@code contactCentreOnly}
 * leaves out calls that are not a contact-centre user's, i.e. back-office users' and unattributed
 * ones, which are for administrators only (R6).
 */
public record CallRecordQuery(String tenantId, String userId, Instant from, Instant to, Set<String> departmentIds,
                              boolean contactCentreOnly) {

    public CallRecordQuery {
        departmentIds = departmentIds == null ? null : Set.copyOf(departmentIds);
    }

    /** A department-restricted query is a supervisor's: contact-centre users only (R6, R18). */
    public CallRecordQuery(String tenantId, String userId, Instant from, Instant to, Set<String> departmentIds) {
        this(tenantId, userId, from, to, departmentIds, departmentIds != null);
    }

    public static CallRecordQuery ofTenant(String tenantId) {
        return new CallRecordQuery(tenantId, null, null, null, null);
    }
}
