package org.centrala.tenancy;

import java.time.Instant;

/**
 * R1: a company that runs Centrala and sells it to tenants.
 *
 * @param retentionDays how long a terminated tenant's data is kept before it is erased (issue 9)
 */
public record Reseller(String id, String name, String contactEmail, Instant createdAt, Instant updatedAt, TenantStatus status,
                       Instant suspendedAt, int retentionDays) {

    /** A suspended reseller's administrators and its tenants' users do not log in (issue 9). */
    public boolean active() {
        return status == TenantStatus.ACTIVE;
    }
}
