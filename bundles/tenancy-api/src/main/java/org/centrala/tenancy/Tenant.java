package org.centrala.tenancy;

import java.time.Instant;

/**
 * R1, R2: a customer company of a reseller, always with its virtual PBX.
 *
 * @param suspendedAt when it was suspended, while it is {@link TenantStatus#SUSPENDED}
 */
public record Tenant(String id, String resellerId, String name, PbxRecord pbx, Instant createdAt, Instant updatedAt, TenantStatus status,
                     Instant suspendedAt) {

    public boolean active() {
        return status == TenantStatus.ACTIVE;
    }
}
