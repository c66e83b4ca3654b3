package org.centrala.queues.internal.agents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.centrala.audit.AuditEvent;
import org.centrala.persistence.Columns;
import org.centrala.persistence.Database;
import org.centrala.queues.AgentState;
import org.centrala.queues.AgentTopics;
import org.centrala.queues.internal.QueuesSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * The logged-in agents and every change of their state. One agent's changes are made one at a
 * time (a lock per agent): an agent's own action and the PBX's report of it never interleave. A
 * change of state is kept with its cause in the transaction that changes the agent, then posted on
 * EventAdmin ({@link AgentTopics#STATE}).
 */
@Component(service = AgentLedger.class)
public class AgentLedger {
    private static final String COLUMNS = "user_id, tenant_id, department_id, member_interface, paused, pause_reason, pause_at,"
            + " phone, phone_at, wrap_up_until, state, since, logged_in_at";

    private final QueuesSchema schema;
    private final Database db;
    private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();
    /**
     * The logged-in agents by their phone's interface, as kept: every queue event of the PBX asks
     * it, most of them about members Centrala did not log in, so it is answered from memory.
     */
    private final Map<String, String> byInterface = new ConcurrentHashMap<>();
    private volatile EventAdmin events;

    @Activate
    public AgentLedger(@Reference QueuesSchema schema) {
        this.schema = schema;
        this.db = schema.database();
        db.query("SELECT member_interface, user_id FROM agent", r -> byInterface.put(r.getString(1), r.getString(2).trim()));
    }

    /** Runs the work holding the agent's lock. */
    <T> T locked(String userId, Supplier<T> work) {
        ReentrantLock lock = locks.computeIfAbsent(userId, id -> new ReentrantLock());
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs the work holding the agent's lock if it is free now; false if it is not (the agent's own
     * action is waiting for the PBX), so that the caller can come back later instead of waiting.
     */
    boolean lockedIfFree(String userId, Runnable work) {
        ReentrantLock lock = locks.computeIfAbsent(userId, id -> new ReentrantLock());
        if (!lock.tryLock()) {
            return false;
        }
        try {
            work.run();
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** The logged-in agents of these tenants with each queue they are in on the PBX: user id to queue names. */
    Map<String, java.util.Set<String>> membershipsOf(java.util.Set<String> tenantIds) {
        Map<String, java.util.Set<String>> found = new HashMap<>();
        db.query("SELECT a.user_id, a.tenant_id, q.pbx_name FROM agent a JOIN agent_queue q ON q.user_id = a.user_id", r -> {
            if (tenantIds.contains(r.getString(2).trim())) {
                found.computeIfAbsent(r.getString(1).trim(), id -> new java.util.HashSet<>()).add(r.getString(3));
            }
            return null;
        });
        return found;
    }

    Instant now() {
        return schema.clock().instant();
    }

    Optional<AgentRow> row(String userId) {
        return db.queryOne("SELECT " + COLUMNS + " FROM agent WHERE user_id = ?", AgentLedger::read, userId);
    }

    /** The logged-in agent whose phone is this interface (interfaces are SIP user names, unique on the node). */
    Optional<String> userByInterface(String memberInterface) {
        return Optional.ofNullable(byInterface.get(memberInterface));
    }

    List<AgentRow> wrappingUp() {
        return db.query("SELECT " + COLUMNS + " FROM agent WHERE wrap_up_until IS NOT NULL", AgentLedger::read);
    }

    /** The agent's queues on the PBX: queue id to the queue's PBX name. */
    Map<String, String> memberships(String userId) {
        Map<String, String> queues = new HashMap<>();
        db.query("SELECT queue_id, pbx_name FROM agent_queue WHERE user_id = ?", r -> queues.put(r.getString(1).trim(), r.getString(2)),
                userId);
        return queues;
    }

    /** The wrap-up seconds of the agent's queue by its PBX name; 0 when it is not one of the agent's. */
    int wrapUpSeconds(String userId, String pbxQueue) {
        return db.query("SELECT q.wrap_up_seconds FROM queue q JOIN agent_queue a ON a.queue_id = q.id WHERE a.user_id = ?"
                + " AND a.pbx_name = ?", r -> r.getInt(1), userId, pbxQueue).stream().findFirst().orElse(0);
    }

    /**
     * Keeps the agent as {@code after} (null: logged out) with its queues (null: unchanged), and,
     * if its state or pause reason changed, the change with its cause; audits the action if given.
     * Returns the agent as kept.
     */
    Optional<AgentRow> save(String tenantId, String userId, String departmentId, AgentRow after, Map<String, String> queues,
                            String cause, AuditEvent audit) {
        Instant now = now();
        Change change = db.inTransaction(() -> {
            Optional<AgentRow> before = row(userId);
            AgentState was = before.map(AgentRow::state).orElse(AgentState.LOGGED_OUT);
            String wasReason = before.map(AgentRow::pauseReason).orElse(null);
            AgentState state = after == null ? AgentState.LOGGED_OUT : after.effectiveState(now);
            String reason = state == AgentState.PAUSED ? after.pauseReason() : null;
            // Another pause reason is another state for statistics (time paused by reason, R8).
            boolean changed = state != was || state == AgentState.PAUSED && !java.util.Objects.equals(reason, wasReason);
            AgentRow kept = null;
            if (after == null) {
                db.update("DELETE FROM agent WHERE user_id = ?", userId);
                db.update("DELETE FROM agent_queue WHERE user_id = ?", userId);
            } else {
                kept = after.withState(state, changed || before.isEmpty() ? now : before.get().since());
                if (before.isEmpty()) {
                    db.update("INSERT INTO agent (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", values(kept));
                } else {
                    db.update("UPDATE agent SET tenant_id = ?, department_id = ?, member_interface = ?, paused = ?, pause_reason = ?,"
                            + " pause_at = ?, phone = ?, phone_at = ?, wrap_up_until = ?, state = ?, since = ?, logged_in_at = ?"
                            + " WHERE user_id = ?", rotate(values(kept)));
                }
                if (queues != null) {
                    db.update("DELETE FROM agent_queue WHERE user_id = ?", userId);
                    queues.forEach((queueId, pbxName) -> db.update("INSERT INTO agent_queue (user_id, queue_id, pbx_name)"
                            + " VALUES (?, ?, ?)", userId, queueId, pbxName));
                }
            }
            String id = null;
            if (changed) {
                id = UUID.randomUUID().toString();
                db.update("INSERT INTO agent_state_change (id, tenant_id, user_id, department_id, state, pause_reason, changed_at, cause)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", id, tenantId, userId, departmentId, state.name(), reason, now, cause);
            }
            if (audit != null) {
                schema.audit().record(audit);
            }
            return new Change(id, state, reason, kept);
        });
        // After the commit: what the database now says.
        byInterface.values().removeIf(userId::equals);
        if (change.kept != null) {
            byInterface.put(change.kept.memberInterface(), userId);
        }
        if (change.id != null) {
            post(tenantId, userId, departmentId, change, now, cause);
        }
        return Optional.ofNullable(change.kept);
    }


    private void post(String tenantId, String userId, String departmentId, Change change, Instant at, String cause) {
        EventAdmin admin = events;
        if (admin == null) {
            return;
        }
        Map<String, Object> p = new HashMap<>();
        p.put(AgentTopics.TENANT_ID, tenantId);
        p.put(AgentTopics.USER_ID, userId);
        if (departmentId != null) {
            p.put(AgentTopics.DEPARTMENT_ID, departmentId);
        }
        p.put(AgentTopics.STATE_NAME, change.state.name());
        if (change.reason != null) {
            p.put(AgentTopics.PAUSE_REASON, change.reason);
        }
        p.put(AgentTopics.AT, at.toEpochMilli());
        p.put(AgentTopics.CAUSE, cause);
        admin.postEvent(new Event(AgentTopics.STATE, p));
    }

    private static Object[] values(AgentRow r) {
        return new Object[] {r.userId(), r.tenantId(), r.departmentId(), r.memberInterface(), r.paused() ? 1 : 0, r.pauseReason(),
            r.pauseAt(), r.phone().name(), r.phoneAt(), r.wrapUpUntil(), r.state().name(), r.since(), r.loggedInAt()};
    }

    /** The insert's values with the key moved last, for the update. */
    private static Object[] rotate(Object[] values) {
        Object[] rotated = new Object[values.length];
        System.arraycopy(values, 1, rotated, 0, values.length - 1);
        rotated[values.length - 1] = values[0];
        return rotated;
    }

    private static AgentRow read(ResultSet r) throws SQLException {
        return new AgentRow(r.getString(1).trim(), r.getString(2).trim(), r.getString(3) == null ? null : r.getString(3).trim(),
                r.getString(4), r.getInt(5) == 1, r.getString(6), Columns.instant(r, 7), PhoneState.valueOf(r.getString(8)),
                Columns.instant(r, 9), Columns.instant(r, 10), AgentState.valueOf(r.getString(11)), Columns.instant(r, 12),
                Columns.instant(r, 13));
    }

    private record Change(String id, AgentState state, String reason, AgentRow kept) {
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindEvents(EventAdmin service) {
        events = service;
    }

    void unbindEvents(EventAdmin service) {
        if (events == service) {
            events = null;
        }
    }
}
