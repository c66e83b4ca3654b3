package org.centrala.web;

import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Which reseller a tenant belongs to, for checking reseller administrators (R1). The tenancy
 * concern provides it as a service; the web host and SOAP endpoints use it.
 */
@ConsumerType
public interface TenantOwnership {
    /** @return empty if there is no such tenant */
    Optional<String> resellerOf(String tenantId);

    /**
     * Since when the tenant has belonged to the reseller it has now (issue 9: a tenant moves): a
     * reseller administrator reads nothing of the tenant's time with another reseller.
     *
     * @return empty if there is no such tenant, or no history of it
     */
    default Optional<java.time.Instant> ownedSince(String tenantId) {
        return Optional.empty();
    }
}
