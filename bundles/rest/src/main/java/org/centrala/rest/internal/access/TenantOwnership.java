package org.centrala.rest.internal.access;

import java.util.Optional;

import org.centrala.common.NotFoundException;
import org.centrala.tenancy.TenantService;

/** Which reseller a tenant belongs to, for checking reseller administrators (R1). */
public final class TenantOwnership {
    private final TenantService tenants;

    public TenantOwnership(TenantService tenants) {
        this.tenants = tenants;
    }

    /** @return empty if there is no such tenant */
    public Optional<String> resellerOf(String tenantId) {
        try {
            return Optional.of(tenants.get(tenantId).resellerId());
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }
}
