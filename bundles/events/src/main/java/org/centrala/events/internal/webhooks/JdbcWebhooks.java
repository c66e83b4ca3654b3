package org.centrala.events.internal.webhooks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.centrala.common.NotFoundException;
import org.centrala.persistence.Database;

/** The webhook tables: the tenants' webhooks with their secrets, and the deliveries to make and made. */
final class JdbcWebhooks {
    private static final String COLUMNS = "id, tenant_id, url, event_types, description, active, created_at, updated_at";
    private static final String DELIVERY_COLUMNS = "id, webhook_id, event_id, event_type, state, attempts, next_attempt_at, last_status,"
            + " last_error, payload, created_at, updated_at";

    /** A webhook with its secret, as the sender needs it. */
    record Target(Webhook webhook, String secret) {
    }

    /** A delivery due now, with what sending it needs. */
    record Due(String id, String webhookId, String url, String secret, String eventId, String eventType, String payload, int attempts) {
    }

    private final Database db;

    JdbcWebhooks(Database db) {
        this.db = db;
    }

    Database database() {
        return db;
    }

    void insert(Webhook webhook, String secret) {
        db.update("INSERT INTO webhook (" + COLUMNS + ", secret) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", webhook.id(), webhook.tenantId(),
                webhook.url(), String.join(",", webhook.eventTypes()), webhook.description(), webhook.active() ? 1 : 0,
                Timestamp.from(webhook.createdAt()), Timestamp.from(webhook.updatedAt()), secret);
    }

    /** @return false if an expected version was given and the row is no longer at it (nothing written) */
    boolean update(Webhook webhook, Instant expectedUpdatedAt) {
        return db.update("UPDATE webhook SET url = ?, event_types = ?, description = ?, active = ?, updated_at = ? WHERE id = ? AND tenant_id = ?"
                + org.centrala.persistence.Sql.versionCheck(expectedUpdatedAt), org.centrala.persistence.Sql.withVersion(
                expectedUpdatedAt, webhook.url(), String.join(",", webhook.eventTypes()), webhook.description(), webhook.active() ? 1 : 0,
                Timestamp.from(org.centrala.persistence.Sql.nextVersion(webhook.updatedAt(), expectedUpdatedAt)), webhook.id(),
                webhook.tenantId())) > 0;
    }

    void secret(String tenantId, String id, String secret, Instant at) {
        db.update("UPDATE webhook SET secret = ?, updated_at = ? WHERE id = ? AND tenant_id = ?", secret, Timestamp.from(at), id, tenantId);
    }

    boolean delete(String tenantId, String id) {
        return db.update("DELETE FROM webhook WHERE id = ? AND tenant_id = ?", id, tenantId) > 0;
    }

    Webhook get(String tenantId, String id) {
        return db.queryOne("SELECT " + COLUMNS + " FROM webhook WHERE id = ? AND tenant_id = ?", JdbcWebhooks::webhook, id, tenantId)
                .orElseThrow(() -> new NotFoundException("Webhook", id));
    }

    List<Webhook> list(String tenantId, long offset, int size) {
        return db.query("SELECT " + COLUMNS + " FROM webhook WHERE tenant_id = ? ORDER BY created_at, id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
                JdbcWebhooks::webhook, tenantId, offset, size);
    }

    long count(String tenantId) {
        return db.count("SELECT COUNT(*) FROM webhook WHERE tenant_id = ?", tenantId);
    }

    /** Every active webhook of the node, for the dispatcher's cache. */
    List<Webhook> active() {
        return db.query("SELECT " + COLUMNS + " FROM webhook WHERE active = 1", JdbcWebhooks::webhook);
    }

    void enqueue(String webhookId, String tenantId, String eventId, String eventType, String payload, Instant at) {
        db.update("INSERT INTO webhook_delivery (id, webhook_id, tenant_id, event_id, event_type, payload, state, attempts, next_attempt_at,"
                        + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?, ?)", UUID.randomUUID().toString(), webhookId,
                tenantId, eventId, eventType, payload, Timestamp.from(at), Timestamp.from(at), Timestamp.from(at));
    }

    /**
     * Claims deliveries due now: each is leased until {@code leaseUntil}, so that a node that stops
     * while sending tries it again then, and no other claim takes it meanwhile.
     */
    List<Due> claimDue(Instant now, Instant leaseUntil, int limit) {
        return db.inTransaction(() -> {
            List<Due> due = db.query("SELECT d.id, d.webhook_id, w.url, w.secret, d.event_id, d.event_type, d.payload, d.attempts"
                            + " FROM webhook_delivery d JOIN webhook w ON w.id = d.webhook_id WHERE d.state = 'PENDING' AND d.next_attempt_at <= ?"
                            + " AND w.active = 1 ORDER BY d.next_attempt_at FETCH FIRST ? ROWS ONLY",
                    r -> new Due(r.getString(1).trim(), r.getString(2).trim(), r.getString(3), r.getString(4), r.getString(5), r.getString(6),
                            r.getString(7), r.getInt(8)), Timestamp.from(now), limit);
            for (Due delivery : due) {
                db.update("UPDATE webhook_delivery SET next_attempt_at = ? WHERE id = ?", Timestamp.from(leaseUntil), delivery.id());
            }
            return due;
        });
    }

    void delivered(String id, int attempts, int status, Instant at) {
        db.update("UPDATE webhook_delivery SET state = 'DELIVERED', attempts = ?, last_status = ?, last_error = NULL, updated_at = ?"
                + " WHERE id = ?", attempts, status, Timestamp.from(at), id);
    }

    void failedAttempt(String id, int attempts, Integer status, String error, Instant next, boolean givenUp, Instant at) {
        db.update("UPDATE webhook_delivery SET state = ?, attempts = ?, last_status = ?, last_error = ?, next_attempt_at = ?, updated_at = ?"
                        + " WHERE id = ?", givenUp ? "FAILED" : "PENDING", attempts, status, error == null ? null : truncate(error),
                Timestamp.from(next), Timestamp.from(at), id);
    }

    /** A FAILED delivery tried again from now, with its attempts counted afresh. */
    Optional<Delivery> retry(String tenantId, String webhookId, String id, Instant at) {
        int changed = db.update("UPDATE webhook_delivery SET state = 'PENDING', attempts = 0, next_attempt_at = ?, updated_at = ?"
                + " WHERE id = ? AND webhook_id = ? AND tenant_id = ? AND state = 'FAILED'", Timestamp.from(at), Timestamp.from(at), id, webhookId, tenantId);
        return changed == 0 ? Optional.empty() : delivery(tenantId, webhookId, id);
    }

    Optional<Delivery> delivery(String tenantId, String webhookId, String id) {
        return db.queryOne("SELECT " + DELIVERY_COLUMNS + " FROM webhook_delivery WHERE id = ? AND webhook_id = ? AND tenant_id = ?",
                JdbcWebhooks::delivery, id, webhookId, tenantId);
    }

    List<Delivery> deliveries(String tenantId, String webhookId, Delivery.State state, long offset, int size) {
        return db.query("SELECT " + DELIVERY_COLUMNS + " FROM webhook_delivery WHERE webhook_id = ? AND tenant_id = ?"
                        + (state == null ? "" : " AND state = '" + state.name() + "'") + " ORDER BY created_at DESC, id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
                JdbcWebhooks::delivery, webhookId, tenantId, offset, size);
    }

    long countDeliveries(String tenantId, String webhookId, Delivery.State state) {
        return db.count("SELECT COUNT(*) FROM webhook_delivery WHERE webhook_id = ? AND tenant_id = ?"
                + (state == null ? "" : " AND state = '" + state.name() + "'"), webhookId, tenantId);
    }

    int forgetFinishedBefore(Instant before) {
        return db.update("DELETE FROM webhook_delivery WHERE state <> 'PENDING' AND updated_at < ?", Timestamp.from(before));
    }

    void eraseTenant(String tenantId) {
        db.update("DELETE FROM webhook_delivery WHERE tenant_id = ?", tenantId);
        db.update("DELETE FROM webhook WHERE tenant_id = ?", tenantId);
    }

    private static Webhook webhook(ResultSet r) throws SQLException {
        return new Webhook(r.getString("id").trim(), r.getString("tenant_id").trim(), r.getString("url"),
                Arrays.stream(r.getString("event_types").split(",")).filter(t -> !t.isBlank()).toList(), r.getString("description"),
                r.getInt("active") == 1, r.getTimestamp("created_at").toInstant(), r.getTimestamp("updated_at").toInstant());
    }

    private static Delivery delivery(ResultSet r) throws SQLException {
        Integer status = r.getObject("last_status") == null ? null : r.getInt("last_status");
        return new Delivery(r.getString("id").trim(), r.getString("webhook_id").trim(), r.getString("event_id"), r.getString("event_type"),
                Delivery.State.valueOf(r.getString("state").trim()), r.getInt("attempts"), r.getTimestamp("next_attempt_at").toInstant(),
                status, r.getString("last_error"), r.getString("payload"), r.getTimestamp("created_at").toInstant(),
                r.getTimestamp("updated_at").toInstant());
    }

    private static String truncate(String text) {
        return text.length() <= 500 ? text : text.substring(0, 497) + "...";
    }
}
