package org.centrala.licensing.internal;

import java.time.YearMonth;
import java.util.List;

import org.centrala.licensing.BillingCorrection;
import org.centrala.licensing.BillingLine;
import org.centrala.persistence.Columns;
import org.centrala.persistence.Database;

/** Issue 9: the credits and debits on tenants' statements, and the statement lines they make. */
final class Corrections {
    private static final String COLUMNS = "id, reseller_id, tenant_id, month, refers_to, description, amount, created_at";

    private final Database db;

    Corrections(Database db) {
        this.db = db;
    }

    void add(BillingCorrection correction) {
        db.update("INSERT INTO billing_correction (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)", correction.id(), correction.resellerId(),
                correction.tenantId(), correction.month().toString(), correction.refersTo() == null ? null : correction.refersTo().toString(),
                correction.description(), correction.amount(), correction.createdAt());
    }

    /** @return false if there was no such correction of the reseller for the month */
    boolean delete(String resellerId, YearMonth month, String id) {
        return db.update("DELETE FROM billing_correction WHERE reseller_id = ? AND month = ? AND id = ?", resellerId, month.toString(), id) > 0;
    }

    /** The statement lines of a tenant's corrections for the month, in the order they were added. */
    List<BillingLine> lines(String resellerId, String tenantId, YearMonth month) {
        return db.query("SELECT " + COLUMNS + " FROM billing_correction WHERE reseller_id = ? AND tenant_id = ? AND month = ?"
                        + " ORDER BY created_at, id", Corrections::read, resellerId, tenantId, month.toString())
                .stream().map(Corrections::line).toList();
    }

    private static BillingLine line(BillingCorrection correction) {
        String description = correction.refersTo() == null ? correction.description()
                : correction.description() + " (correcting " + correction.refersTo() + ")";
        return new BillingLine(BillingCorrection.ITEM_PREFIX + correction.id(), description, 1, correction.amount(), correction.amount());
    }

    private static BillingCorrection read(java.sql.ResultSet row) throws java.sql.SQLException {
        String refersTo = row.getString(5);
        return new BillingCorrection(row.getString(1).trim(), row.getString(2).trim(), row.getString(3).trim(), YearMonth.parse(row.getString(4).trim()),
                refersTo == null ? null : YearMonth.parse(refersTo.trim()), row.getString(6), row.getBigDecimal(7), Columns.instant(row, 8));
    }
}
