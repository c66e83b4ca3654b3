package org.centrala.tenancy;

import java.time.Instant;

/**
 * R1: a company that runs Centrala and sells it to tenants.
 *
 * @param retentionDays how long a terminated tenant's (or this reseller's) data is kept before it is erased (issue 9)
 * @param terminatedAt  when it was terminated, once it is {@link TenantStatus#TERMINATED} or erased
 * @param erasableAt    when its data is erased unless the termination is withdrawn
 */
public record Reseller(String id, String name, String contactEmail, Instant createdAt, Instant updatedAt, TenantStatus status,
                       Instant suspendedAt, int retentionDays, Instant terminatedAt, Instant erasableAt) {

    /** A suspended reseller's administrators and its tenants' users do not log in (issue 9). */
    public boolean active() {
        return status == TenantStatus.ACTIVE;
    }
}
