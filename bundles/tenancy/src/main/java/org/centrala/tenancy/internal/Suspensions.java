package org.centrala.tenancy.internal;

import java.time.Instant;

import org.centrala.persistence.AccessChanges;
import org.centrala.persistence.Database;
import org.centrala.tenancy.TenantStatus;

/** Suspending and reactivating a reseller, and moving a tenant between its statuses (issue 9): the same steps on either table. */
final class Suspensions {
    private Suspensions() {
    }

    /**
     * In the caller's transaction: moves the row from {@code from} to {@code to}, and counts an
     * access change so that remembered log-ins do not outlive it by one request. Moving to the
     * status it already has changes nothing.
     *
     * @param table {@code tenant} or {@code reseller}: a name of this bundle's, never a client's
     * @return when it changed, or null if it had that status already
     */
    static Instant change(Database db, AccessChanges accessChanges, String table, String id, TenantStatus from, TenantStatus to) {
        if (from == to) {
            return null;
        }
        Instant now = Rows.now();
        // suspended_at is when it stopped being active, and stays through termination.
        db.update("UPDATE " + table + " SET status = ?, suspended_at = " + (to == TenantStatus.ACTIVE ? "NULL" : "COALESCE(suspended_at, ?)")
                + ", updated_at = ? WHERE id = ?", to == TenantStatus.ACTIVE ? new Object[] {to.name(), now, id} : new Object[] {to.name(), now, now, id});
        accessChanges.changed();
        return now;
    }
}
