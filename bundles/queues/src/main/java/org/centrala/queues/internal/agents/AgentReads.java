package org.centrala.queues.internal.agents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.centrala.common.Page;
import org.centrala.common.PageRequest;
import org.centrala.directory.User;
import org.centrala.persistence.Columns;
import org.centrala.persistence.Database;
import org.centrala.queues.Agent;
import org.centrala.queues.AgentState;
import org.centrala.queues.AgentStateChange;
import org.centrala.queues.internal.JdbcQueueService;
import org.centrala.queues.internal.QueuesSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Agents as they are read: every contact-centre user in service of the tenant, logged in or not,
 * and their state changes. Reads the directory's users table for the list, so that a page of
 * agents is one query however many users a tenant has.
 */
@Component(service = AgentReads.class)
public class AgentReads {
    private static final String AGENT_COLUMNS = "u.id, u.department_id, u.display_name, a.state, a.pause_reason, a.since,"
            + " a.member_interface, (SELECT MAX(c.changed_at) FROM agent_state_change c WHERE c.tenant_id = u.tenant_id AND c.user_id = u.id)";

    private final Database db;

    @Activate
    public AgentReads(@Reference QueuesSchema schema) {
        this.db = schema.database();
    }

    Agent agent(String tenantId, User user) {
        return db.inTransaction(() -> db.queryOne("SELECT " + AGENT_COLUMNS + " FROM directory_user u LEFT JOIN agent a"
                + " ON a.user_id = u.id WHERE u.id = ?", row -> read(tenantId, row), user.id()).orElseThrow());
    }

    Page<Agent> list(String tenantId, Set<String> departmentIds, PageRequest request) {
        List<Object> params = new ArrayList<>(List.of(tenantId));
        String where = " WHERE u.tenant_id = ? AND u.user_type = 'CONTACT_CENTRE' AND u.left_at IS NULL"
                + JdbcQueueService.departmentFilter("u.department_id", departmentIds, params);
        // One connection for the page and each agent's queues (read while its row is open).
        return db.inTransaction(() -> {
            long total = db.count("SELECT COUNT(*) FROM directory_user u" + where, params.toArray());
            params.add(request.offset());
            params.add(request.size());
            return Page.of(db.query("SELECT " + AGENT_COLUMNS + " FROM directory_user u LEFT JOIN agent a ON a.user_id = u.id" + where
                    + " ORDER BY u.display_name, u.id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", row -> read(tenantId, row), params.toArray()),
                    request, total);
        });
    }

    Page<AgentStateChange> history(String tenantId, String userId, Instant from, Instant to, PageRequest request) {
        List<Object> params = new ArrayList<>(List.of(tenantId, userId));
        String where = " WHERE tenant_id = ? AND user_id = ?";
        if (from != null) {
            where += " AND changed_at >= ?";
            params.add(from);
        }
        if (to != null) {
            where += " AND changed_at < ?";
            params.add(to);
        }
        long total = db.count("SELECT COUNT(*) FROM agent_state_change" + where, params.toArray());
        params.add(request.offset());
        params.add(request.size());
        return Page.of(db.query("SELECT id, tenant_id, user_id, department_id, state, pause_reason, changed_at, cause FROM agent_state_change"
                + where + " ORDER BY changed_at, id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", AgentReads::change, params.toArray()), request, total);
    }

    private Agent read(String tenantId, ResultSet row) throws SQLException {
        String userId = row.getString(1).trim();
        String state = row.getString(4);
        List<String> queueIds = state == null ? List.of()
                : db.query("SELECT queue_id FROM agent_queue WHERE user_id = ? ORDER BY queue_id", r -> r.getString(1).trim(), userId);
        Instant since = state == null ? Columns.instant(row, 8) : Columns.instant(row, 6);
        return new Agent(userId, tenantId, trim(row.getString(2)), row.getString(3), state == null ? AgentState.LOGGED_OUT
                : AgentState.valueOf(state), row.getString(5), since, row.getString(7), queueIds);
    }

    private static AgentStateChange change(ResultSet row) throws SQLException {
        return new AgentStateChange(row.getString(1).trim(), row.getString(2).trim(), row.getString(3).trim(), trim(row.getString(4)),
                AgentState.valueOf(row.getString(5)), row.getString(6), Columns.instant(row, 7), row.getString(8));
    }

    private static String trim(String id) {
        return id == null ? null : id.trim();
    }
}
