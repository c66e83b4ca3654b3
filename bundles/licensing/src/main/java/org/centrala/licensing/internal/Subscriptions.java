package org.centrala.licensing.internal;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.centrala.common.NotFoundException;
import org.centrala.common.ValidationException;
import org.centrala.licensing.QuantityChange;
import org.centrala.persistence.Database;
import org.centrala.persistence.DuplicateKeyException;

/**
 * Quantities a tenant bought of an item, month by month, and the row lock that serialises every
 * change of one tenant's item. All methods expect to run inside a transaction.
 */
final class Subscriptions {
    static final int MAX_QUANTITY = 100_000;

    private final Database db;

    Subscriptions(Database db) {
        this.db = db;
    }

    void requireTenant(String tenantId) {
        if (db.count("SELECT COUNT(*) FROM tenant WHERE id = ?", tenantId) == 0) {
            throw new NotFoundException("Tenant", tenantId);
        }
    }

    /**
     * Makes sure the lock row of the tenant's item exists. Call it before the transaction that
     * sets a quantity, never inside another one: it commits on its own, so that losing the race
     * to create the row (a duplicate key) cannot abort anybody's transaction.
     */
    void ensureLock(String tenantId, String item) {
        requireTenant(tenantId);
        if (db.count("SELECT COUNT(*) FROM subscription_lock WHERE tenant_id = ? AND item = ?", tenantId, item) > 0) {
            return;
        }
        try {
            db.inNewTransaction(() -> db.update("INSERT INTO subscription_lock (tenant_id, item, version) VALUES (?, ?, 0)", tenantId, item));
        } catch (DuplicateKeyException e) {
            // Created by a concurrent request in between: the row is there now.
        }
    }

    /**
     * Takes the tenant's lock on the item until the surrounding transaction ends.
     *
     * @return false if the item was never bought: there is no lock row, and nothing to protect
     */
    boolean lock(String tenantId, String item) {
        return db.update("UPDATE subscription_lock SET version = version + 1 WHERE tenant_id = ? AND item = ?", tenantId, item) == 1;
    }

    /** The quantity in effect in the month: the latest change from that month or before, else 0. */
    int quantityAt(String tenantId, String item, YearMonth month) {
        return db.queryOne("SELECT quantity FROM subscription WHERE tenant_id = ? AND item = ? AND from_month <= ?"
                        + " ORDER BY from_month DESC FETCH FIRST 1 ROWS ONLY", row -> row.getInt(1), tenantId, item, month.toString())
                .orElse(0);
    }

    /** The lowest quantity from the month on, counting scheduled changes: what may be held now without breaking a future month. */
    int lowestFrom(String tenantId, String item, YearMonth month) {
        int lowest = quantityAt(tenantId, item, month);
        for (QuantityChange change : changesAfter(tenantId, item, month)) {
            lowest = Math.min(lowest, change.quantity());
        }
        return lowest;
    }

    /** When the item's quantities were last set (their version), or null if never. */
    Instant version(String tenantId, String item) {
        return db.queryOne("SELECT MAX(changed_at) FROM subscription WHERE tenant_id = ? AND item = ?",
                row -> row.getTimestamp(1) == null ? null : row.getTimestamp(1).toInstant(), tenantId, item).orElse(null);
    }

    /**
     * Under the item's lock: refuses a change against another version than the current one, and
     * gives the instant to write as the new one (always newer than the current).
     */
    Instant nextVersion(String tenantId, String item, Instant expectedUpdatedAt, Instant now, String what) {
        Instant current = version(tenantId, item);
        if (expectedUpdatedAt != null && !expectedUpdatedAt.equals(current)) {
            throw org.centrala.common.StaleVersionException.changedMeanwhile(what);
        }
        return org.centrala.persistence.Sql.nextVersion(now, current);
    }

    /** Changes in effect from the month on: the one that applies in the month (if any), then later ones. */
    List<QuantityChange> changesFrom(String tenantId, String item, YearMonth month) {
        List<QuantityChange> changes = new java.util.ArrayList<>();
        db.queryOne("SELECT from_month, quantity FROM subscription WHERE tenant_id = ? AND item = ? AND from_month <= ?"
                        + " ORDER BY from_month DESC FETCH FIRST 1 ROWS ONLY", Subscriptions::change, tenantId, item, month.toString())
                .ifPresent(changes::add);
        changes.addAll(changesAfter(tenantId, item, month));
        return changes;
    }

    /**
     * Sets the quantity from the month on, replacing scheduled changes after it. The month's peak
     * keeps the highest quantity that was in effect during it, for billing.
     */
    void set(String tenantId, String item, YearMonth fromMonth, int quantity, YearMonth currentMonth, Instant now) {
        Optional<Integer> peak = db.queryOne("SELECT peak_quantity FROM subscription WHERE tenant_id = ? AND item = ? AND from_month = ?",
                row -> row.getInt(1), tenantId, item, fromMonth.toString());
        db.update("DELETE FROM subscription WHERE tenant_id = ? AND item = ? AND from_month > ?", tenantId, item, fromMonth.toString());
        if (peak.isPresent()) {
            // A month that has not begun had nothing in effect yet: rescheduling it replaces its peak.
            int newPeak = fromMonth.isAfter(currentMonth) ? quantity : Math.max(peak.get(), quantity);
            db.update("UPDATE subscription SET quantity = ?, peak_quantity = ?, changed_at = ? WHERE tenant_id = ? AND item = ? AND from_month = ?",
                    quantity, newPeak, now, tenantId, item, fromMonth.toString());
        } else {
            // Changed during the current month: what applied before the change was in effect too.
            int before = fromMonth.equals(currentMonth) ? quantityAt(tenantId, item, fromMonth.minusMonths(1)) : quantity;
            db.update("INSERT INTO subscription (tenant_id, item, from_month, quantity, peak_quantity, changed_at) VALUES (?, ?, ?, ?, ?, ?)",
                    tenantId, item, fromMonth.toString(), quantity, Math.max(before, quantity), now);
        }
    }

    /** The highest quantity in effect at any moment of the month. */
    int billedQuantity(String tenantId, String item, YearMonth month) {
        return db.queryOne("SELECT peak_quantity FROM subscription WHERE tenant_id = ? AND item = ? AND from_month = ?",
                        row -> row.getInt(1), tenantId, item, month.toString())
                .orElseGet(() -> quantityAt(tenantId, item, month));
    }

    static YearMonth validFromMonth(YearMonth fromMonth, YearMonth currentMonth) {
        YearMonth month = fromMonth == null ? currentMonth : fromMonth;
        if (month.isBefore(currentMonth)) {
            throw new ValidationException("fromMonth", "must be this month (" + currentMonth + ") or later; past months stay as they were billed");
        }
        return month;
    }

    static void validQuantity(String field, int quantity) {
        if (quantity < 0 || quantity > MAX_QUANTITY) {
            throw new ValidationException(field, "must be between 0 and " + MAX_QUANTITY);
        }
    }

    private List<QuantityChange> changesAfter(String tenantId, String item, YearMonth month) {
        return db.query("SELECT from_month, quantity FROM subscription WHERE tenant_id = ? AND item = ? AND from_month > ? ORDER BY from_month",
                Subscriptions::change, tenantId, item, month.toString());
    }

    private static QuantityChange change(java.sql.ResultSet row) throws java.sql.SQLException {
        return new QuantityChange(YearMonth.parse(row.getString(1)), row.getInt(2));
    }
}
