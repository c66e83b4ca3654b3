package org.centrala.tenancy;

import org.centrala.common.Page;
import org.centrala.common.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Resellers (R1). Errors: {@link org.centrala.common.ValidationException} for bad input,
 * {@link org.centrala.common.NotFoundException} for an unknown id,
 * {@link org.centrala.common.ConflictException} for a duplicate name or a reseller that still has tenants.
 */
@ProviderType
public interface ResellerService {
    /** Sort keys of {@link #list}: name (default), createdAt. */
    Reseller create(ResellerDraft draft);

    Reseller get(String id);

    default Reseller update(String id, ResellerDraft draft) {
        return update(id, draft, null);
    }

    /**
     * As the update without a version, only if the reseller is still as it was at {@code expectedUpdatedAt}
     * (null: whatever it is now): the check and the write are one statement, so of two writes made
     * against the same version exactly one is applied.
     *
     * @throws org.centrala.common.StaleVersionException when it was changed since; nothing is written
     */
    Reseller update(String id, ResellerDraft draft, java.time.Instant expectedUpdatedAt);

    void delete(String id);

    /**
     * Suspends the reseller (issue 9): its administrators' log-ins and its tenants' users' log-ins
     * are refused from the next request, its tenants' PBX links stop, its tenants are not billed
     * after this month; nothing is deleted. Audited; suspending a suspended reseller changes nothing.
     */
    Reseller suspend(String id);

    /** Ends the reseller's suspension; its tenants are as they were (a tenant suspended on its own stays so). Audited. */
    Reseller reactivate(String id);

    /**
     * Terminates a reseller whose tenants are all terminated, erased or moved away (issue 9): as
     * suspended, and erased once its own retention period has passed, unless withdrawn. Audited.
     */
    Reseller terminate(String id);

    /** Withdraws a termination before the erasure: the reseller is suspended again. Audited. */
    Reseller withdrawTermination(String id);

    /**
     * Erases a terminated reseller: its tenants that are still terminated are erased first, then
     * every {@link ResellerDataEraser} erases its part (its administrators' credentials) and its
     * contact address goes. Its name and billing history stay. Audited. Final.
     */
    Reseller erase(String id);

    Page<Reseller> list(PageRequest request);
}
