package org.centrala.tenancy.internal;

import java.time.Instant;

import org.centrala.persistence.Database;
import org.centrala.tenancy.TenantStatus;

/**
 * Issue 9: the past states of tenants and resellers, one row per change, never updated. Billing
 * reads them to know who billed a month and whether the tenant was in service in it.
 */
final class History {
    private History() {
    }

    static void tenant(Database db, String tenantId, Instant at, String resellerId, TenantStatus status) {
        db.update("INSERT INTO tenant_change (tenant_id, changed_at, reseller_id, status) VALUES (?, ?, ?, ?)", tenantId, at, resellerId,
                status.name());
    }

    static void reseller(Database db, String resellerId, Instant at, TenantStatus status) {
        db.update("INSERT INTO reseller_change (reseller_id, changed_at, status) VALUES (?, ?, ?)", resellerId, at, status.name());
    }
}
