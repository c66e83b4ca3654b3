package org.centrala.tenancy;

import org.centrala.common.Page;
import org.centrala.common.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Tenants and their PBX records (R1, R2). A tenant is created together with its PBX record in
 * one transaction; deleting a tenant that still has departments is a conflict.
 */
@ProviderType
public interface TenantService {
    Tenant create(TenantDraft draft);

    Tenant get(String id);

    /** Replaces name and PBX record; a missing AMI secret keeps the stored one. The reseller cannot change. */
    Tenant update(String id, TenantDraft draft);

    void delete(String id);

    /**
     * Suspends the tenant (issue 9): its users' log-ins are refused from the next request, its
     * PBX link is stopped, billing stops from the next month; all its data is kept. Audited.
     * Suspending a suspended tenant changes nothing.
     */
    Tenant suspend(String id);

    /** Makes a suspended tenant active again, as it was. Audited; an active tenant is left as it is. */
    Tenant reactivate(String id);

    /**
     * @param resellerId only this reseller's tenants, or all when null
     * @param request sort keys: name (default), createdAt
     */
    Page<Tenant> list(String resellerId, PageRequest request);
}
