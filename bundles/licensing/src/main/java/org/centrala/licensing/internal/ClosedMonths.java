package org.centrala.licensing.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.centrala.licensing.BillingLine;
import org.centrala.licensing.BillingStatement;
import org.centrala.persistence.Database;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The months a reseller has closed and the statements kept for them, as they were when closed
 * (issue 9: billing never rewrites a past month). Kept as JSON of the statement's content, so that
 * a later change of how statements are computed leaves them as invoiced.
 */
final class ClosedMonths {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What is kept of a statement; the reseller, tenant and month are the row's keys. */
    record Kept(String tenantName, String currency, List<BillingLine> lines, BigDecimal total, boolean complete) {
    }

    private final Database db;

    ClosedMonths(Database db) {
        this.db = db;
    }

    boolean isClosed(String resellerId, YearMonth month) {
        return db.count("SELECT COUNT(*) FROM billing_closed_month WHERE reseller_id = ? AND month = ?", resellerId, month.toString()) > 0;
    }

    /** In the caller's transaction: the month closed with these statements. */
    void close(String resellerId, YearMonth month, List<BillingStatement> statements, Instant now) {
        db.update("INSERT INTO billing_closed_month (reseller_id, month, closed_at) VALUES (?, ?, ?)", resellerId, month.toString(), now);
        for (BillingStatement statement : statements) {
            db.update("INSERT INTO billing_snapshot (reseller_id, month, tenant_id, statement) VALUES (?, ?, ?, ?)", resellerId,
                    month.toString(), statement.tenantId(), write(new Kept(statement.tenantName(), statement.currency(), statement.lines(),
                            statement.total(), statement.complete())));
        }
    }

    /** The kept statement of a tenant, if the tenant was there when the month was closed. */
    Optional<BillingStatement> kept(String resellerId, String tenantId, YearMonth month) {
        return db.queryOne("SELECT statement FROM billing_snapshot WHERE reseller_id = ? AND month = ? AND tenant_id = ?",
                row -> row.getString(1), resellerId, month.toString(), tenantId).map(json -> statement(resellerId, tenantId, month, json));
    }

    /** Every kept statement of the month, by tenant name. */
    List<BillingStatement> kept(String resellerId, YearMonth month) {
        return db.query("SELECT tenant_id, statement FROM billing_snapshot WHERE reseller_id = ? AND month = ?",
                        row -> statement(resellerId, row.getString(1).trim(), month, row.getString(2)), resellerId, month.toString())
                .stream().sorted(java.util.Comparator.comparing(BillingStatement::tenantName, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    private static BillingStatement statement(String resellerId, String tenantId, YearMonth month, String json) {
        Kept kept = read(json);
        return new BillingStatement(resellerId, tenantId, kept.tenantName(), month, kept.currency(), kept.lines(), kept.total(), kept.complete(), true);
    }

    private static String write(Kept kept) {
        try {
            return JSON.writeValueAsString(kept);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a statement is plain values and always serialises", e);
        }
    }

    private static Kept read(String json) {
        try {
            return JSON.readValue(json, Kept.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a kept statement cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
