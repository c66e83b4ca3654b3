package org.centrala.statistics.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.centrala.persistence.Database;
import org.centrala.queues.AgentState;
import org.centrala.queues.AgentStateChange;

/** How far an agent's state changes are counted: the last change counted, whose state runs since then. */
record AgentCursor(String tenantId, String userId, String changeId, String departmentId, AgentState state, Instant since) {

    static AgentCursor of(AgentStateChange change) {
        return new AgentCursor(change.tenantId(), change.userId(), change.id(), change.departmentId(), change.state(), change.at());
    }

    /** Whether the change comes after this one in the kept order (time, then id). */
    boolean isBefore(AgentStateChange change) {
        int byTime = since.compareTo(change.at());
        return byTime < 0 || byTime == 0 && changeId.compareTo(change.id()) < 0;
    }

    static Optional<AgentCursor> read(Database db, String tenantId, String userId) {
        return db.queryOne("SELECT change_id, department_id, state, since FROM stat_agent_cursor WHERE tenant_id = ? AND user_id = ?",
                r -> new AgentCursor(tenantId, userId, r.getString(1).trim(), r.getString(2) == null ? null : r.getString(2).trim(),
                        AgentState.valueOf(r.getString(3).trim()), r.getTimestamp(4).toInstant()), tenantId, userId);
    }

    static List<AgentCursor> all(Database db) {
        return db.query("SELECT tenant_id, user_id, change_id, department_id, state, since FROM stat_agent_cursor",
                r -> new AgentCursor(r.getString(1).trim(), r.getString(2).trim(), r.getString(3).trim(),
                        r.getString(4) == null ? null : r.getString(4).trim(), AgentState.valueOf(r.getString(5).trim()),
                        r.getTimestamp(6).toInstant()));
    }

    /**
     * Moves the cursor from {@code previous} (null: none yet) to this, in the caller's transaction.
     *
     * @return false when another counting moved it meanwhile (nothing is written then)
     */
    boolean moveFrom(Database db, AgentCursor previous) {
        if (previous == null) {
            if (read(db, tenantId, userId).isPresent()) {
                return false;
            }
            db.update("INSERT INTO stat_agent_cursor (tenant_id, user_id, change_id, department_id, state, since) VALUES (?, ?, ?, ?, ?, ?)",
                    tenantId, userId, changeId, departmentId, state.name(), Timestamp.from(since));
            return true;
        }
        return db.update("UPDATE stat_agent_cursor SET change_id = ?, department_id = ?, state = ?, since = ? WHERE tenant_id = ?"
                        + " AND user_id = ? AND change_id = ?", changeId, departmentId, state.name(), Timestamp.from(since), tenantId, userId,
                previous.changeId()) == 1;
    }
}
