package org.centrala.tenancy.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.centrala.audit.AuditEvent;
import org.centrala.audit.AuditLog;
import org.centrala.common.ConflictException;
import org.centrala.persistence.AccessChanges;
import org.centrala.persistence.Database;
import org.centrala.tenancy.Reseller;
import org.centrala.tenancy.ResellerDataEraser;
import org.centrala.tenancy.TenantService;
import org.centrala.tenancy.TenantStatus;

/**
 * A reseller's way through its statuses (issue 9), as a tenant's: active, suspended, terminated,
 * erased. It ends only after its tenants: a reseller is terminated once none of its tenants is
 * active or suspended, and its erasure erases the terminated tenants it still has.
 */
final class ResellerLifecycle {
    private final Database db;
    private final AuditLog audit;
    private final AccessChanges accessChanges;

    ResellerLifecycle(Database db, AuditLog audit, AccessChanges accessChanges) {
        this.db = db;
        this.audit = audit;
        this.accessChanges = accessChanges;
    }

    void suspend(Reseller reseller) {
        requireNotErased(reseller, "suspended");
        if (reseller.status() != TenantStatus.TERMINATED) { // a terminated reseller is suspended already, on its way to erasure
            move(reseller, TenantStatus.SUSPENDED, "reseller.suspended");
        }
    }

    void reactivate(Reseller reseller) {
        requireNotErased(reseller, "reactivated");
        if (reseller.status() == TenantStatus.TERMINATED) {
            throw new ConflictException("reseller '" + reseller.name() + "' (" + reseller.id() + ") is terminated; withdraw the"
                    + " termination first (DELETE /api/v1/resellers/" + reseller.id() + "/termination), then reactivate it");
        }
        move(reseller, TenantStatus.ACTIVE, "reseller.reactivated");
    }

    private void move(Reseller reseller, TenantStatus to, String action) {
        Instant changed = Suspensions.change(db, accessChanges, "reseller", reseller.id(), reseller.status(), to);
        if (changed != null) {
            History.reseller(db, reseller.id(), changed, to);
            if (action != null) {
                audit.record(AuditEvent.ofReseller(reseller.id(), action, "reseller:" + reseller.id()));
            }
        }
    }

    void terminate(Reseller reseller) {
        requireNotErased(reseller, "terminated");
        if (reseller.status() == TenantStatus.TERMINATED) {
            return;
        }
        long running = db.count("SELECT COUNT(*) FROM tenant WHERE reseller_id = ? AND status IN (?, ?)", reseller.id(),
                TenantStatus.ACTIVE.name(), TenantStatus.SUSPENDED.name());
        if (running > 0) {
            throw new ConflictException("reseller '" + reseller.name() + "' (" + reseller.id() + ") still has " + running + " active or"
                    + " suspended tenant(s); terminate them (POST /api/v1/tenants/{id}/termination) or move them to another reseller"
                    + " (POST /api/v1/tenants/{id}/move) first");
        }
        move(reseller, TenantStatus.TERMINATED, null);
        Instant now = Rows.now();
        Instant erasable = now.plus(Duration.ofDays(reseller.retentionDays()));
        db.update("UPDATE reseller SET terminated_at = ?, erasable_at = ? WHERE id = ?", now, erasable, reseller.id());
        audit.record(AuditEvent.ofReseller(reseller.id(), "reseller.terminated", "reseller:" + reseller.id())
                .with(Map.of("erasableAt", erasable.toString(), "retentionDays", reseller.retentionDays())));
    }

    void withdrawTermination(Reseller reseller) {
        requireNotErased(reseller, "changed");
        if (reseller.status() != TenantStatus.TERMINATED) {
            return;
        }
        move(reseller, TenantStatus.SUSPENDED, "reseller.termination-withdrawn");
        db.update("UPDATE reseller SET terminated_at = NULL, erasable_at = NULL WHERE id = ?", reseller.id());
    }

    void erase(Reseller reseller, TenantService tenants, List<ResellerDataEraser> erasers) {
        if (reseller.status() == TenantStatus.ERASED) {
            erasers.forEach(eraser -> eraser.eraseReseller(reseller.id()));
            return;
        }
        if (reseller.status() != TenantStatus.TERMINATED) {
            throw new ConflictException("reseller '" + reseller.name() + "' (" + reseller.id() + ") is " + reseller.status()
                    + "; only a terminated reseller is erased: terminate it first (POST /api/v1/resellers/" + reseller.id() + "/termination)");
        }
        db.query("SELECT id FROM tenant WHERE reseller_id = ? AND status = ?", row -> row.getString(1).trim(), reseller.id(),
                TenantStatus.TERMINATED.name()).forEach(tenants::erase);
        erasers.forEach(eraser -> eraser.eraseReseller(reseller.id()));
        db.update("UPDATE reseller SET contact_email = NULL WHERE id = ?", reseller.id());
        move(reseller, TenantStatus.ERASED, null);
        audit.record(AuditEvent.ofReseller(reseller.id(), "reseller.erased", "reseller:" + reseller.id()));
    }

    private static void requireNotErased(Reseller reseller, String what) {
        if (reseller.status() == TenantStatus.ERASED) {
            throw new ConflictException("reseller '" + reseller.name() + "' (" + reseller.id() + ") was erased and cannot be " + what
                    + "; its name and billing history are all that is left");
        }
    }
}
