package org.centrala.tenancy.internal;

import org.centrala.common.ConflictException;
import org.centrala.persistence.Database;
import org.centrala.tenancy.TenantStatus;

/**
 * Issue 9: a tenant comes to life, back to life or moves in only under a reseller that is active
 * or suspended, never under one that is terminated or erased. The check locks the reseller's row,
 * so that a reseller's termination and a tenant's creation at the same moment run one after the
 * other and the termination counts the new tenant.
 */
final class ResellerGate {
    private ResellerGate() {
    }

    /** In the caller's transaction. */
    static void requireOpen(Database db, String resellerId) {
        if (db.update("UPDATE reseller SET updated_at = updated_at WHERE id = ? AND status IN (?, ?)", resellerId, TenantStatus.ACTIVE.name(),
                TenantStatus.SUSPENDED.name()) == 0) {
            throw new ConflictException("the reseller " + resellerId + " is terminated or erased and takes no tenants; withdraw its"
                    + " termination first (DELETE /api/v1/resellers/" + resellerId + "/termination)");
        }
    }

    /** In the caller's transaction: locks the reseller's row, whatever its status. */
    static void lock(Database db, String resellerId) {
        db.update("UPDATE reseller SET updated_at = updated_at WHERE id = ?", resellerId);
    }
}
