package org.centrala.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.centrala.common.ActorContext;
import org.centrala.audit.AuditEntry;
import org.centrala.audit.AuditEvent;
import org.centrala.audit.AuditLog;
import org.centrala.audit.AuditQuery;
import org.centrala.audit.AuditVerification;
import org.centrala.common.Page;
import org.centrala.common.PageRequest;
import org.centrala.common.SortOrder;
import org.centrala.common.ValidationException;
import org.centrala.persistence.Columns;
import org.centrala.persistence.Database;
import org.centrala.persistence.Migration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * R9: the audit log in the database. Appends take the audit_head row lock, so entries get gap-free
 * sequence numbers and each links to the one committed just before it.
 */
@Component(service = AuditLog.class)
public class JdbcAuditLog implements AuditLog {
    static final String MODULE = "audit";
    private static final int VERIFY_BATCH = 1000;
    private static final String COLUMNS = "sequence, recorded_at, reseller_id, tenant_id, actor, user_id, action, target, details,"
            + " previous_hash, hash";
    private static final SortOrder SORT = new SortOrder(Map.of("recordedAt", "sequence"), "recordedAt");

    private final Database db;
    private final ActorContext actors;
    private final Clock clock;

    @Activate
    public JdbcAuditLog(@Reference Database db, @Reference ActorContext actors) {
        this(db, actors, Clock.systemUTC());
    }

    public JdbcAuditLog(Database db, ActorContext actors, Clock clock) {
        this.db = db;
        this.actors = actors;
        this.clock = clock;
        db.migrate(MODULE, List.of(Migration.fromResource(1, "audit log", JdbcAuditLog.class, "db/audit/V1__audit_log.sql")));
    }

    @Override
    public AuditEntry record(AuditEvent event) {
        String actor = truncate(actors.current(), 200);
        return db.inTransaction(() -> {
            db.update("UPDATE audit_head SET last_sequence = last_sequence + 1 WHERE id = 1");
            Object[] head = db.queryOne("SELECT last_sequence, last_hash FROM audit_head WHERE id = 1",
                    row -> new Object[] {row.getLong(1), row.getString(2)}).orElseThrow();
            long sequence = (Long) head[0];
            String previous = ((String) head[1]).trim();
            Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            String details = truncate(event.details(), 4000);
            String target = truncate(event.target(), 200);
            String hash = ChainHash.of(sequence, at, event.resellerId(), event.tenantId(), actor, event.userId(), event.action(),
                    target, details, previous);
            db.update("INSERT INTO audit_entry (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    sequence, at, event.resellerId(), event.tenantId(), actor, event.userId(), event.action(), target, details, previous, hash);
            db.update("UPDATE audit_head SET last_hash = ? WHERE id = 1", hash);
            return new AuditEntry(sequence, at, event.resellerId(), event.tenantId(), actor, event.userId(), event.action(), target,
                    details, previous, hash);
        });
    }

    @Override
    public Page<AuditEntry> query(AuditQuery query, PageRequest request) {
        if (query.tenantId() == null && query.resellerId() == null) {
            throw new ValidationException("tenantId", "is required");
        }
        if (query.from() != null && query.to() != null && !query.from().isBefore(query.to())) {
            throw new ValidationException("to", "must be after from");
        }
        String orderBy = SORT.orderBy(request, "sequence");
        StringBuilder where = new StringBuilder(query.tenantId() != null ? " WHERE tenant_id = ?" : " WHERE reseller_id = ? AND tenant_id IS NULL");
        List<Object> params = new ArrayList<>(List.of(query.tenantId() != null ? query.tenantId() : query.resellerId()));
        if (query.userId() != null) {
            where.append(" AND user_id = ?");
            params.add(query.userId());
        }
        if (query.from() != null) {
            where.append(" AND recorded_at >= ?");
            params.add(query.from());
        }
        if (query.to() != null) {
            where.append(" AND recorded_at < ?");
            params.add(query.to());
        }
        if (query.action() != null) {
            // "user." is every user.* action; anything else is one action exactly.
            where.append(query.action().endsWith(".") ? " AND action LIKE ?" : " AND action = ?");
            params.add(query.action().endsWith(".") ? query.action().replace("%", "").replace("_", "") + "%" : query.action());
        }
        if (query.actor() != null) {
            where.append(" AND actor = ?");
            params.add(query.actor());
        }
        if (query.target() != null) {
            where.append(" AND target = ?");
            params.add(query.target());
        }
        if (query.text() != null) {
            String like = org.centrala.persistence.Sql.containing(query.text());
            where.append(" AND (LOWER(action) LIKE ? ESCAPE '\\' OR LOWER(actor) LIKE ? ESCAPE '\\' OR LOWER(target) LIKE ? ESCAPE '\\'"
                    + " OR LOWER(details) LIKE ? ESCAPE '\\')");
            for (int i = 0; i < 4; i++) {
                params.add(like);
            }
        }
        return db.inTransaction(() -> {
            long total = db.count("SELECT COUNT(*) FROM audit_entry" + where, params.toArray());
            params.add(request.offset());
            params.add(request.size());
            return Page.of(db.query("SELECT " + COLUMNS + " FROM audit_entry" + where + " ORDER BY " + orderBy
                    + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", JdbcAuditLog::entry, params.toArray()), request, total);
        });
    }

    @Override
    public AuditVerification verify() {
        long expected = 1;
        String previous = ChainHash.GENESIS;
        while (true) {
            List<AuditEntry> batch = db.query("SELECT " + COLUMNS + " FROM audit_entry WHERE sequence >= ? ORDER BY sequence"
                    + " FETCH FIRST " + VERIFY_BATCH + " ROWS ONLY", JdbcAuditLog::entry, expected);
            for (AuditEntry entry : batch) {
                if (entry.sequence() != expected) {
                    return broken(expected - 1, expected, "entry " + expected + " is missing");
                }
                if (!entry.previousHash().equals(previous)) {
                    return broken(expected - 1, expected, "entry " + expected + " does not link to the entry before it");
                }
                String recomputed = ChainHash.of(entry.sequence(), entry.recordedAt(), entry.resellerId(), entry.tenantId(), entry.actor(),
                        entry.userId(), entry.action(), entry.target(), entry.details(), entry.previousHash());
                if (!recomputed.equals(entry.hash())) {
                    return broken(expected - 1, expected, "entry " + expected + " was altered after it was written");
                }
                previous = entry.hash();
                expected++;
            }
            if (batch.size() < VERIFY_BATCH) {
                break;
            }
        }
        long checked = expected - 1;
        Object[] head = db.queryOne("SELECT last_sequence, last_hash FROM audit_head WHERE id = 1",
                row -> new Object[] {row.getLong(1), row.getString(2).trim()}).orElseThrow();
        if ((Long) head[0] != checked || !head[1].equals(previous)) {
            return broken(checked, checked + 1, "the chain ends at entry " + checked + " but the log's head says " + head[0]
                    + ": entries were removed from its end");
        }
        return new AuditVerification(true, checked, null, null);
    }

    private static AuditVerification broken(long checked, long sequence, String problem) {
        return new AuditVerification(false, checked, sequence, problem);
    }

    private static AuditEntry entry(ResultSet row) throws SQLException {
        return new AuditEntry(row.getLong(1), Columns.instant(row, 2), trim(row.getString(3)), trim(row.getString(4)),
                row.getString(5), trim(row.getString(6)), row.getString(7), row.getString(8), row.getString(9),
                row.getString(10).trim(), row.getString(11).trim());
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
