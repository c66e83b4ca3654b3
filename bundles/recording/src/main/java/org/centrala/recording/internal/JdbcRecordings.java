package org.centrala.recording.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.centrala.common.NotFoundException;
import org.centrala.common.Page;
import org.centrala.common.PageRequest;
import org.centrala.common.SortOrder;
import org.centrala.persistence.Columns;
import org.centrala.persistence.Database;
import org.centrala.persistence.DuplicateKeyException;
import org.centrala.persistence.Sql;

/** The recording index in SQL: kept once per file, read with the call records' visibility (R6, R18). */
final class JdbcRecordings {
    private static final String COLUMNS = "id, tenant_id, call_id, pbx_call_id, user_id, department_id, queue_name,"
            + " started_at, stopped_at, duration_millis, size_bytes, audio_format, state, state_detail, pbx_file";
    private static final SortOrder SORT = new SortOrder(Map.of("startedAt", "started_at", "sizeBytes", "size_bytes"),
            "startedAt");

    private final Database db;

    JdbcRecordings(Database db) {
        this.db = db;
    }

    /** A recording as the link reported it, PENDING until its file is looked at. */
    record NewRecording(String id, String tenantId, String callId, String pbxCallId, String linkId, String pbxHost, int pbxPort,
                        String channel, String pbxFile, String userId, String userType, String departmentId, String queue,
                        Instant startedAt, Instant stoppedAt, List<Recording.Pause> pauses, Instant firstCheckAt) {
    }

    /** Where a recording's file is, as the PBX named it. */
    record FileRef(String id, String tenantId, String pbxHost, int pbxPort, String pbxFile, Instant stoppedAt, int attempts,
                   RecordingState state) {
    }

    /** @return false when the recording is indexed already (a call handed over twice) */
    boolean insert(NewRecording r) {
        try {
            db.inTransaction(() -> {
                db.update("INSERT INTO recording (id, tenant_id, call_id, pbx_call_id, link_id, pbx_host, pbx_port, channel,"
                                + " pbx_file, user_id, user_type, department_id, queue_name, started_at, stopped_at, state,"
                                + " check_attempts, next_check_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)",
                        r.id(), r.tenantId(), r.callId(), r.pbxCallId(), r.linkId(), r.pbxHost(), r.pbxPort(),
                        cut(r.channel(), 200), cut(r.pbxFile(), 1024), r.userId(), r.userType(), r.departmentId(),
                        cut(r.queue(), 80), r.startedAt(), r.stoppedAt(), RecordingState.PENDING.name(), r.firstCheckAt());
                for (Recording.Pause pause : r.pauses()) {
                    db.update("INSERT INTO recording_pause (recording_id, from_millis, to_millis) VALUES (?, ?, ?)", r.id(),
                            pause.fromMillis(), pause.toMillis());
                }
                return null;
            });
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    Page<Recording> find(RecordingQuery query, PageRequest request) {
        List<Object> params = new ArrayList<>();
        String where = where(query, params);
        long total = db.count("SELECT COUNT(*) FROM recording" + where, params.toArray());
        params.add(request.offset());
        params.add(request.size());
        List<Recording> items = db.query("SELECT " + COLUMNS + " FROM recording" + where + " ORDER BY "
                + SORT.orderBy(request, "id") + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", JdbcRecordings::row, params.toArray());
        return Page.of(withPauses(items), request, total);
    }

    /** One recording, if the scope lets its reader see it; else 404 (as for one that does not exist). */
    Recording get(RecordingQuery scope, String id) {
        List<Object> params = new ArrayList<>();
        String where = where(scope, params) + " AND id = ?";
        params.add(id);
        Recording found = db.queryOne("SELECT " + COLUMNS + " FROM recording" + where, JdbcRecordings::row, params.toArray())
                .orElseThrow(() -> new NotFoundException("Recording", id));
        return withPauses(List.of(found)).get(0);
    }

    FileRef fileOf(String id) {
        return db.queryOne("SELECT id, tenant_id, pbx_host, pbx_port, pbx_file, stopped_at, check_attempts, state FROM recording"
                + " WHERE id = ?", JdbcRecordings::fileRef, id).orElseThrow(() -> new NotFoundException("Recording", id));
    }

    /** Recordings whose file is due to be looked at, oldest due first. */
    List<FileRef> dueForCheck(Instant now, int limit) {
        return db.query("SELECT id, tenant_id, pbx_host, pbx_port, pbx_file, stopped_at, check_attempts, state FROM recording"
                        + " WHERE state = ? AND next_check_at <= ? ORDER BY next_check_at OFFSET 0 ROWS FETCH NEXT ? ROWS ONLY",
                JdbcRecordings::fileRef, RecordingState.PENDING.name(), now, limit);
    }

    /** What looking at the file found; {@code nextCheckAt} null: not looked at again by itself. */
    void checked(String id, FileFacts facts, int attempts, Instant nextCheckAt) {
        db.update("UPDATE recording SET state = ?, state_detail = ?, size_bytes = ?, duration_millis = ?, audio_format = ?,"
                        + " check_attempts = ?, next_check_at = ? WHERE id = ?", facts.state().name(), cut(facts.detail(), 400),
                facts.sizeBytes(), facts.durationMillis(), cut(facts.format(), 80), attempts, nextCheckAt, id);
    }

    /** The tenant's recordings started before the cutoff, oldest first. */
    List<Recording> startedBefore(String tenantId, Instant cutoff, int limit) {
        List<Recording> rows = db.query("SELECT " + COLUMNS + " FROM recording WHERE tenant_id = ? AND started_at < ?"
                + " ORDER BY started_at, id OFFSET 0 ROWS FETCH NEXT ? ROWS ONLY", JdbcRecordings::row, tenantId, cutoff, limit);
        return withPauses(rows);
    }

    /** How many of the tenant's recordings started before the cutoff, and their bytes. */
    long[] totalsBefore(String tenantId, Instant cutoff) {
        return db.queryOne("SELECT COUNT(*), SUM(size_bytes) FROM recording WHERE tenant_id = ? AND started_at < ?",
                rs -> new long[] {rs.getLong(1), rs.getLong(2)}, tenantId, cutoff).orElse(new long[2]);
    }

    /** Tenants that have recordings at all: those retention looks at. */
    List<String> tenantsWithRecordings() {
        return db.query("SELECT DISTINCT tenant_id FROM recording", rs -> rs.getString(1).trim());
    }

    /** @return how many rows went: 0 when another deletion was first */
    int delete(String id) {
        return db.update("DELETE FROM recording WHERE id = ?", id);
    }

    /** Count and bytes of a tenant's recordings by state, and the oldest one's start. */
    Storage storage(String tenantId) {
        Map<RecordingState, Long> counts = new HashMap<>();
        long[] bytes = new long[1];
        Instant[] oldest = new Instant[1];
        db.query("SELECT state, COUNT(*), SUM(size_bytes), MIN(started_at) FROM recording WHERE tenant_id = ? GROUP BY state",
                rs -> {
                    counts.put(RecordingState.valueOf(rs.getString(1)), rs.getLong(2));
                    bytes[0] += rs.getLong(3);
                    Instant first = Columns.instant(rs, 4);
                    if (first != null && (oldest[0] == null || first.isBefore(oldest[0]))) {
                        oldest[0] = first;
                    }
                    return null;
                }, tenantId);
        return new Storage(tenantId, counts.values().stream().mapToLong(Long::longValue).sum(), bytes[0], oldest[0], counts);
    }

    private static String where(RecordingQuery query, List<Object> params) {
        StringBuilder where = new StringBuilder(" WHERE tenant_id = ?");
        params.add(query.tenantId());
        if (query.userId() != null) {
            where.append(" AND user_id = ?");
            params.add(query.userId());
        }
        if (query.callId() != null) {
            where.append(" AND call_id = ?");
            params.add(query.callId());
        }
        if (query.from() != null) {
            where.append(" AND started_at >= ?");
            params.add(query.from());
        }
        if (query.to() != null) {
            where.append(" AND started_at < ?");
            params.add(query.to());
        }
        // The call records' rule, as who may read a call record may read its recordings (R6, R18).
        Sql.readerScope(where, params, query.departmentIds(), query.contactCentreOnly());
        return where.toString();
    }

    private List<Recording> withPauses(List<Recording> recordings) {
        if (recordings.isEmpty()) {
            return recordings;
        }
        Map<String, List<Recording.Pause>> pauses = new HashMap<>();
        db.query("SELECT recording_id, from_millis, to_millis FROM recording_pause WHERE recording_id IN ("
                + Sql.placeholders(recordings.size()) + ") ORDER BY from_millis", rs -> {
                    long to = rs.getLong(3);
                    pauses.computeIfAbsent(rs.getString(1).trim(), k -> new ArrayList<>())
                            .add(new Recording.Pause(rs.getLong(2), rs.wasNull() ? null : to));
                    return null;
                }, recordings.stream().map(Recording::id).toArray());
        return recordings.stream().map(r -> new Recording(r.id(), r.tenantId(), r.callId(), r.pbxCallId(), r.userId(),
                r.departmentId(), r.queue(), r.startedAt(), r.stoppedAt(), r.durationMillis(), r.sizeBytes(), r.audioFormat(),
                r.state(), r.stateDetail(), r.pbxFile(), pauses.getOrDefault(r.id(), List.of()))).toList();
    }

    private static Recording row(ResultSet rs) throws SQLException {
        long duration = rs.getLong(10);
        boolean noDuration = rs.wasNull();
        long size = rs.getLong(11);
        boolean noSize = rs.wasNull();
        return new Recording(rs.getString(1).trim(), rs.getString(2).trim(), rs.getString(3).trim(), rs.getString(4),
                trim(rs.getString(5)), trim(rs.getString(6)), rs.getString(7), Columns.instant(rs, 8), Columns.instant(rs, 9),
                noDuration ? null : duration, noSize ? null : size, rs.getString(12), RecordingState.valueOf(rs.getString(13)),
                rs.getString(14), rs.getString(15), List.of());
    }

    private static FileRef fileRef(ResultSet rs) throws SQLException {
        return new FileRef(rs.getString(1).trim(), rs.getString(2).trim(), rs.getString(3), rs.getInt(4), rs.getString(5),
                Columns.instant(rs, 6), rs.getInt(7), RecordingState.valueOf(rs.getString(8)));
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
