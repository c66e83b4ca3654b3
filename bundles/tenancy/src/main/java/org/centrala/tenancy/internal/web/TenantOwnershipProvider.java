package org.centrala.tenancy.internal.web;

import java.util.Optional;

import org.centrala.common.NotFoundException;
import org.centrala.tenancy.TenantService;
import org.centrala.web.TenantOwnership;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Tells the web host and SOAP endpoints which reseller a tenant belongs to (R1). */
@Component(service = TenantOwnership.class)
public class TenantOwnershipProvider implements TenantOwnership {
    private final TenantService tenants;

    @Activate
    public TenantOwnershipProvider(@Reference TenantService tenants) {
        this.tenants = tenants;
    }

    @Override
    public Optional<java.time.Instant> ownedSince(String tenantId) {
        try {
            return Optional.ofNullable(tenants.withResellerSince(tenantId));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<String> resellerOf(String tenantId) {
        try {
            return Optional.of(tenants.get(tenantId).resellerId());
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }
}
