package org.centrala.calls.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.centrala.common.NotFoundException;
import org.centrala.common.Page;
import org.centrala.common.PageRequest;
import org.centrala.common.SortOrder;
import org.centrala.directory.UserType;
import org.centrala.pbx.CallDirection;
import org.centrala.pbx.CallDisposition;
import org.centrala.pbx.CallRecord;
import org.centrala.pbx.CallRecordQuery;
import org.centrala.persistence.Columns;
import org.centrala.persistence.Database;
import org.centrala.persistence.Sql;
import org.centrala.persistence.DuplicateKeyException;
import org.centrala.persistence.Migration;

/** Call records in SQL: insert once (the unique call key refuses a second), read by tenant, user, time. */
public final class JdbcCallRecords {
    public static final String MODULE = "pbx";
    private static final String COLUMNS = "id, tenant_id, pbx_call_id, direction, from_number, to_number, user_id,"
            + " device_id, department_id, queue_name, started_at, answered_at, ended_at, duration_seconds,"
            + " talk_seconds, disposition, recorded, recording_id, end_inferred, pbx_application, recovered";
    private static final SortOrder SORT = new SortOrder(Map.of("startedAt", "started_at", "endedAt", "ended_at",
            "talkSeconds", "talk_seconds"), "startedAt");

    private final Database db;

    public JdbcCallRecords(Database db) {
        this.db = db;
        db.migrate(MODULE, List.of(
                Migration.fromResource(1, "call records", JdbcCallRecords.class, "db/pbx/V1__call_records.sql"),
                Migration.fromResource(2, "longer call ids", JdbcCallRecords.class,
                        "db/pbx/V2__longer_call_ids.sql"),
                Migration.fromResource(3, "PBX application", JdbcCallRecords.class,
                        "db/pbx/V3__pbx_application.sql"),
                Migration.fromResource(4, "recovered from the CDR", JdbcCallRecords.class,
                        "db/pbx/V4__recovered.sql")));
    }

    /** @return false if this call was already recorded for this tenant (a replay, a resync overlap) */
    public boolean insert(String linkId, CallRecord r, UserType userType) {
        try {
            db.update("INSERT INTO call_record (" + COLUMNS + ", link_id, user_type) VALUES"
                            + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    r.id(), r.tenantId(), r.pbxCallId(), r.direction(), cut(r.fromNumber(), 80), cut(r.toNumber(), 80),
                    r.userId(), r.deviceId(), r.departmentId(), cut(r.queue(), 80), r.startedAt(), r.answeredAt(),
                    r.endedAt(), r.durationSeconds(), r.talkSeconds(), r.disposition(), r.recorded(), r.recordingId(),
                    r.endInferred(), cut(r.pbxApplication(), 40), r.recovered(), linkId, userType);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    public Page<CallRecord> find(CallRecordQuery query, PageRequest request) {
        requireTenant(query.tenantId());
        List<Object> params = new ArrayList<>();
        String where = where(query, params);
        long total = db.count("SELECT COUNT(*) FROM call_record" + where, params.toArray());
        String order = SORT.orderBy(request, "id");
        params.add(request.offset());
        params.add(request.size());
        List<CallRecord> items = db.query("SELECT " + COLUMNS + " FROM call_record" + where + " ORDER BY " + order
                + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", JdbcCallRecords::record, params.toArray());
        return Page.of(items, request, total);
    }

    /** The same visibility as {@link #find}: one rule for lists and single records (R6, R18). */
    public CallRecord get(CallRecordQuery scope, String id) {
        requireTenant(scope.tenantId());
        List<Object> params = new ArrayList<>();
        String where = where(scope, params) + " AND id = ?";
        params.add(id);
        return db.queryOne("SELECT " + COLUMNS + " FROM call_record" + where, JdbcCallRecords::record,
                params.toArray()).orElseThrow(() -> new NotFoundException("Call", id));
    }

    public void forEach(CallRecordQuery query, Consumer<CallRecord> consumer) {
        requireTenant(query.tenantId());
        List<Object> params = new ArrayList<>();
        String where = where(query, params);
        // Pages of 1,000 keep memory flat for large exports.
        int page = 0;
        while (true) {
            List<Object> pageParams = new ArrayList<>(params);
            pageParams.add((long) page * 1000);
            List<CallRecord> rows = db.query("SELECT " + COLUMNS + " FROM call_record" + where
                    + " ORDER BY started_at ASC, id ASC OFFSET ? ROWS FETCH NEXT 1000 ROWS ONLY",
                    JdbcCallRecords::record, pageParams.toArray());
            rows.forEach(consumer);
            if (rows.size() < 1000) {
                return;
            }
            page++;
        }
    }

    private static String where(CallRecordQuery query, List<Object> params) {
        StringBuilder where = new StringBuilder(" WHERE tenant_id = ?");
        params.add(query.tenantId());
        if (query.userId() != null) {
            where.append(" AND user_id = ?");
            params.add(query.userId());
        }
        if (query.from() != null) {
            where.append(" AND started_at >= ?");
            params.add(query.from());
        }
        if (query.to() != null) {
            where.append(" AND started_at < ?");
            params.add(query.to());
        }
        Sql.readerScope(where, params, query.departmentIds(), query.contactCentreOnly());
        return where.toString();
    }

    /** An unknown tenant is a 404, not an empty list (the tenant table is tenancy's; read only). */
    private void requireTenant(String tenantId) {
        if (db.count("SELECT COUNT(*) FROM tenant WHERE id = ?", tenantId) == 0) {
            throw new NotFoundException("Tenant", tenantId);
        }
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    private static CallRecord record(ResultSet rs) throws SQLException {
        return new CallRecord(rs.getString(1).trim(), rs.getString(2).trim(), rs.getString(3),
                CallDirection.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), trim(rs.getString(7)),
                trim(rs.getString(8)), trim(rs.getString(9)), rs.getString(10), Columns.instant(rs, 11),
                Columns.instant(rs, 12), Columns.instant(rs, 13), rs.getLong(14), rs.getLong(15),
                CallDisposition.valueOf(rs.getString(16)), rs.getBoolean(17), rs.getString(18), rs.getBoolean(19),
                rs.getString(20), rs.getBoolean(21));
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }
}
