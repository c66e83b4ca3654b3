package org.centrala.tenancy.internal;

import java.time.Instant;

import org.centrala.persistence.AccessChanges;
import org.centrala.persistence.Database;
import org.centrala.tenancy.TenantStatus;

/** Suspending and reactivating a tenant or a reseller (issue 9): the same steps, each on its own table. */
final class Suspensions {
    private Suspensions() {
    }

    /**
     * In the caller's transaction: moves the row from {@code from} to {@code to}, records it, and
     * counts an access change so that remembered log-ins do not outlive it by one request. Moving
     * to the status it already has changes and records nothing.
     *
     * @param table {@code tenant} or {@code reseller}: a name of this bundle's, never a client's
     */
    static void change(Database db, AccessChanges accessChanges, String table, String id, TenantStatus from, TenantStatus to, Runnable record) {
        if (from == to) {
            return;
        }
        Instant now = Rows.now();
        db.update("UPDATE " + table + " SET status = ?, suspended_at = ?, updated_at = ? WHERE id = ?", to.name(),
                to == TenantStatus.SUSPENDED ? now : null, now, id);
        record.run();
        accessChanges.changed();
    }
}
