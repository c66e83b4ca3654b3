package org.centrala.tenancy;

import java.time.YearMonth;
import java.util.List;

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
    default Tenant update(String id, TenantDraft draft) {
        return update(id, draft, null);
    }

    /**
     * As the update without a version, only if the tenant is still as it was at {@code expectedUpdatedAt}
     * (null: whatever it is now): the check and the write are one statement, so of two writes made
     * against the same version exactly one is applied.
     *
     * @throws org.centrala.common.StaleVersionException when it was changed since; nothing is written
     */
    Tenant update(String id, TenantDraft draft, java.time.Instant expectedUpdatedAt);

    void delete(String id);

    /**
     * Suspends the tenant (issue 9): its users' log-ins are refused from the next request, its
     * PBX link is stopped, billing stops from the next month; all its data is kept. Audited.
     * Suspending a suspended tenant changes nothing.
     */
    Tenant suspend(String id);

    /** Makes a suspended tenant active again, as it was. Audited; an active tenant is left as it is. A terminated one is a conflict. */
    Tenant reactivate(String id);

    /**
     * Terminates an active or suspended tenant (issue 9): as suspended, and its data is erased once
     * its reseller's retention period has passed. Audited. Terminating a terminated tenant changes nothing.
     */
    Tenant terminate(String id);

    /** Withdraws a termination before the erasure: the tenant is suspended again, with all its data. Audited. */
    Tenant withdrawTermination(String id);

    /**
     * Erases a terminated tenant (issue 9): every {@link TenantDataEraser} erases its part, tenancy
     * its departments and PBX access; its name and billing history stay for its reseller. Audited.
     * Final; erasing an erased tenant runs the erasers again.
     */
    Tenant erase(String id);

    /**
     * Moves the tenant to another reseller (issue 9). The month of the move is still billed by
     * the reseller it leaves; the new one bills from the next month. Audited for both.
     */
    Tenant move(String id, String toResellerId);

    /** Since when the tenant has belonged to the reseller it has now: its creation, or its last move. */
    java.time.Instant withResellerSince(String tenantId);

    /** How billing sees the tenant in that month; the tenant as it is now. */
    TenantMonth month(String tenantId, YearMonth month);

    /**
     * The tenants the reseller bills for that month, including those that moved away during it
     * and none that moved in during it; sorted by name.
     */
    List<TenantMonth> billedBy(String resellerId, YearMonth month);

    /**
     * @param resellerId only this reseller's tenants, or all when null
     * @param request sort keys: name (default), createdAt
     */
    Page<Tenant> list(String resellerId, PageRequest request);
}
