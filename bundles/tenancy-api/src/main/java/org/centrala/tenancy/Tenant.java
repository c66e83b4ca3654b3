package org.centrala.tenancy;

import java.time.Instant;

/**
 * R1, R2: a customer company of a reseller, always with its virtual PBX.
 *
 * @param suspendedAt  when it was suspended, while it is {@link TenantStatus#SUSPENDED}
 * @param signInDomain what its users add to their user name to sign in ({@code agent-a@acme}):
 *                     user names are unique within a tenant only (issue 9, R1)
 * @param terminatedAt when it was terminated, once it is {@link TenantStatus#TERMINATED} or erased
 * @param erasableAt   when its data is erased unless the termination is withdrawn: the end of its
 *                     reseller's retention period
 */
public record Tenant(String id, String resellerId, String name, PbxRecord pbx, Instant createdAt, Instant updatedAt, TenantStatus status,
                     Instant suspendedAt, String signInDomain, Instant terminatedAt, Instant erasableAt) {

    public boolean active() {
        return status == TenantStatus.ACTIVE;
    }
}
