package org.centrala.tenancy.internal;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;

import org.centrala.persistence.Columns;
import org.centrala.persistence.Database;
import org.centrala.tenancy.Names;
import org.centrala.tenancy.Tenant;
import org.centrala.tenancy.TenantMonth;
import org.centrala.tenancy.TenantStatus;

/**
 * Issue 9: how billing sees a tenant in a month, read from the history of changes. Months are
 * calendar months in UTC, as in billing.
 */
final class TenantMonths {
    private record Change(Instant at, String resellerId, TenantStatus status) {
    }

    private final Database db;

    TenantMonths(Database db) {
        this.db = db;
    }

    /**
     * Billed by the reseller it had when the month began (or, created during the month, the one
     * it was created with); in service if it, and that reseller, were active at some moment of it.
     */
    TenantMonth of(Tenant tenant, YearMonth month) {
        return of(tenant, month, new java.util.HashMap<>());
    }

    /** @param resellerActivity whether a reseller was active in the month, filled as resellers are looked at */
    private TenantMonth of(Tenant tenant, YearMonth month, java.util.Map<String, Boolean> resellerActivity) {
        Instant start = month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant end = month.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        List<Change> changes = db.query("SELECT changed_at, reseller_id, status FROM tenant_change WHERE tenant_id = ? AND changed_at < ?"
                + " ORDER BY changed_at, sequence", row -> new Change(Columns.instant(row, 1), row.getString(2).trim(),
                TenantStatus.valueOf(row.getString(3).trim())), tenant.id(), end);
        if (changes.isEmpty()) {
            return new TenantMonth(tenant, month, null, false); // it did not exist yet
        }
        Change atStart = lastBefore(changes, start);
        String billedBy = (atStart != null ? atStart : changes.get(0)).resellerId();
        boolean tenantActive = activeSometimeIn(changes, atStart, start);
        return new TenantMonth(tenant, month, billedBy,
                tenantActive && resellerActivity.computeIfAbsent(billedBy, reseller -> resellerActive(reseller, start, end)));
    }

    /** Every tenant that was ever the reseller's before the month ended, and of those the ones it bills for the month. */
    List<TenantMonth> billedBy(String resellerId, YearMonth month, java.util.function.Function<String, Tenant> tenants) {
        Instant end = month.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        List<String> ids = db.query("SELECT DISTINCT tenant_id FROM tenant_change WHERE reseller_id = ? AND changed_at < ?",
                row -> row.getString(1).trim(), resellerId, end);
        // The reseller's own history is read once for all its tenants, not once per tenant.
        java.util.Map<String, Boolean> resellerActivity = new java.util.HashMap<>();
        return ids.stream().map(id -> of(tenants.apply(id), month, resellerActivity))
                .filter(m -> resellerId.equals(m.resellerId()))
                .sorted(Comparator.comparing((TenantMonth m) -> Names.key(m.tenant().name())).thenComparing(m -> m.tenant().id()))
                .toList();
    }

    private boolean resellerActive(String resellerId, Instant start, Instant end) {
        List<Change> changes = db.query("SELECT changed_at, status FROM reseller_change WHERE reseller_id = ? AND changed_at < ?"
                + " ORDER BY changed_at, sequence", row -> new Change(Columns.instant(row, 1), resellerId,
                TenantStatus.valueOf(row.getString(2).trim())), resellerId, end);
        return !changes.isEmpty() && activeSometimeIn(changes, lastBefore(changes, start), start);
    }

    private static Change lastBefore(List<Change> changes, Instant start) {
        Change last = null;
        for (Change change : changes) {
            if (!change.at().isAfter(start)) {
                last = change;
            }
        }
        return last;
    }

    /** Active when the month began, or made active during it. */
    private static boolean activeSometimeIn(List<Change> changes, Change atStart, Instant start) {
        if (atStart != null && atStart.status() == TenantStatus.ACTIVE) {
            return true;
        }
        return changes.stream().anyMatch(c -> c.at().isAfter(start) && c.status() == TenantStatus.ACTIVE);
    }
}
