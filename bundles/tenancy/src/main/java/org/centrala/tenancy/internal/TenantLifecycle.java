package org.centrala.tenancy.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.SortedMap;

import org.centrala.audit.AuditEvent;
import org.centrala.audit.AuditLog;
import org.centrala.common.ConflictException;
import org.centrala.common.UnavailableException;
import org.centrala.persistence.AccessChanges;
import org.centrala.persistence.Database;
import org.centrala.tenancy.Tenant;
import org.centrala.tenancy.TenantDataEraser;
import org.centrala.tenancy.TenantStatus;

/**
 * A tenant's way through its statuses (issue 9): active, suspended, terminated, erased. Each step
 * is made in the caller's transaction, written to the history billing reads, audited, and counted
 * as an access change. A step to where the tenant already is changes nothing. Every refusal names
 * the step that is possible instead.
 */
final class TenantLifecycle {
    /** The concerns that hold a tenant's personal data in every installation: an erasure waits for them. */
    static final java.util.Set<String> REQUIRED_ERASERS = java.util.Set.of("directory", "security");

    private final Database db;
    private final AuditLog audit;
    private final AccessChanges accessChanges;

    TenantLifecycle(Database db, AuditLog audit, AccessChanges accessChanges) {
        this.db = db;
        this.audit = audit;
        this.accessChanges = accessChanges;
    }

    void suspend(Tenant tenant) {
        requireNotEnded(tenant, "suspended");
        if (tenant.status() == TenantStatus.TERMINATED) {
            return; // suspended already, and on its way to erasure: only withdrawing the termination changes that
        }
        move(tenant, TenantStatus.SUSPENDED, "tenant.suspended");
    }

    void reactivate(Tenant tenant) {
        if (tenant.status() == TenantStatus.TERMINATED) {
            throw new ConflictException("tenant '" + tenant.name() + "' (" + tenant.id() + ") is terminated; withdraw the termination first"
                    + " (DELETE /api/v1/tenants/" + tenant.id() + "/termination), then reactivate it");
        }
        requireNotEnded(tenant, "reactivated");
        move(tenant, TenantStatus.ACTIVE, "tenant.reactivated");
    }

    void terminate(Tenant tenant, int retentionDays) {
        requireNotEnded(tenant, "terminated");
        if (tenant.status() == TenantStatus.TERMINATED) {
            return;
        }
        Instant now = move(tenant, TenantStatus.TERMINATED, null);
        Instant erasable = now.plus(Duration.ofDays(retentionDays));
        db.update("UPDATE tenant SET terminated_at = ?, erasable_at = ? WHERE id = ?", now, erasable, tenant.id());
        audit.record(event(tenant, "tenant.terminated").with(Map.of("erasableAt", erasable.toString(), "retentionDays", retentionDays)));
    }

    void withdrawTermination(Tenant tenant) {
        requireNotEnded(tenant, "changed");
        if (tenant.status() != TenantStatus.TERMINATED) {
            return;
        }
        move(tenant, TenantStatus.SUSPENDED, "tenant.termination-withdrawn");
        db.update("UPDATE tenant SET terminated_at = NULL, erasable_at = NULL WHERE id = ?", tenant.id());
    }

    /**
     * @param erasers by concern: each erases its part before tenancy removes the tenant's departments
     *                and PBX access. Erasing an erased tenant runs them again (they are idempotent),
     *                for a concern that was being updated the first time: the audit entries list who erased.
     */
    void erase(Tenant tenant, SortedMap<String, TenantDataEraser> erasers) {
        if (tenant.status() == TenantStatus.ERASED) {
            erasers.values().forEach(eraser -> eraser.eraseTenant(tenant.id()));
            audit.record(event(tenant, "tenant.erasure-repeated").with(Map.of("concerns", String.join(",", erasers.keySet()))));
            return;
        }
        if (tenant.status() != TenantStatus.TERMINATED) {
            throw new ConflictException("tenant '" + tenant.name() + "' (" + tenant.id() + ") is " + tenant.status()
                    + "; only a terminated tenant is erased: terminate it first (POST /api/v1/tenants/" + tenant.id() + "/termination)");
        }
        for (String concern : REQUIRED_ERASERS) {
            if (!erasers.containsKey(concern)) {
                // Erasing without it would mark the tenant erased and leave that concern's personal data: wait for it instead.
                throw new UnavailableException("the " + concern + " concern is not running, and it erases part of a tenant; erase again once it is",
                        30);
            }
        }
        erasers.values().forEach(eraser -> eraser.eraseTenant(tenant.id()));
        String free = tenant.id().replace("-", "");
        db.update("DELETE FROM department WHERE tenant_id = ?", tenant.id());
        // R2 keeps the PBX record, but nothing of the customer's PBX: its host, user and secret go,
        // and its context, sign-in domain and name are freed for others. The dot is in no value a
        // client may choose, so no chosen context or domain can take these.
        db.update("UPDATE tenant_pbx SET host = 'erased.invalid', ami_user = 'erased', ami_secret = '', agi_context = ? WHERE tenant_id = ?",
                "erased." + free, tenant.id());
        db.update("UPDATE tenant SET sign_in_domain = ?, name_key = ? WHERE id = ?", "erased." + free, "erased:" + tenant.id(), tenant.id());
        move(tenant, TenantStatus.ERASED, null);
        audit.record(event(tenant, "tenant.erased").with(Map.of("concerns", String.join(",", erasers.keySet()))));
    }

    /** In the caller's transaction: the tenant joins another reseller; both resellers' audit logs and the tenant's record it. */
    void moveTo(Tenant tenant, String toResellerId) {
        Instant now = Rows.now();
        try {
            db.update("UPDATE tenant SET reseller_id = ?, updated_at = ? WHERE id = ?", toResellerId, now, tenant.id());
        } catch (org.centrala.persistence.DuplicateKeyException e) {
            throw new ConflictException("the reseller " + toResellerId + " already has a tenant named '" + tenant.name()
                    + "'; rename one of them first (PATCH /api/v1/tenants/{id} with a new name)");
        }
        History.tenant(db, tenant.id(), now, toResellerId, tenant.status());
        // R1: neither reseller learns the other from its log; the tenant's own log (read by the new one) names only where it went.
        audit.record(new AuditEvent(toResellerId, tenant.id(), null, "tenant.moved", "tenant:" + tenant.id(), null).with(Map.of("to", toResellerId)));
        audit.record(AuditEvent.ofReseller(tenant.resellerId(), "tenant.moved-out", "tenant:" + tenant.id()));
        audit.record(AuditEvent.ofReseller(toResellerId, "tenant.moved-in", "tenant:" + tenant.id()));
        accessChanges.changed();
    }

    private Instant move(Tenant tenant, TenantStatus to, String action) {
        Instant changed = Suspensions.change(db, accessChanges, "tenant", tenant.id(), tenant.status(), to);
        if (changed != null) {
            History.tenant(db, tenant.id(), changed, tenant.resellerId(), to);
            if (action != null) {
                audit.record(event(tenant, action));
            }
        }
        return changed;
    }

    private static void requireNotEnded(Tenant tenant, String what) {
        if (tenant.status() == TenantStatus.ERASED) {
            throw new ConflictException("tenant '" + tenant.name() + "' (" + tenant.id() + ") was erased and cannot be " + what
                    + "; its name and billing history are all that is left. Create a new tenant instead");
        }
    }

    private static AuditEvent event(Tenant tenant, String action) {
        return new AuditEvent(tenant.resellerId(), tenant.id(), null, action, "tenant:" + tenant.id(), null);
    }
}
