package org.centrala.routing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.centrala.common.NotFoundException;
import org.centrala.common.Page;
import org.centrala.common.PageRequest;
import org.centrala.persistence.Columns;
import org.centrala.persistence.Database;
import org.centrala.persistence.Migration;
import org.centrala.tenancy.TenantDataEraser;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The routing decisions, kept when the routed call ends (so a row holds the decision and its
 * outcome). An erased tenant's decisions go with it: they hold its callers' numbers.
 */
@Component(service = {RoutingDecisions.class, TenantDataEraser.class}, property = TenantDataEraser.CONCERN + "=routing")
public class RoutingDecisions implements TenantDataEraser {
    private static final String COLUMNS = "id, tenant_id, pbx_call_id, channel, dialled, caller_number, user_id, department_id,"
            + " user_type, rejection, reason, steps, outcome, answered_step, decided_at, ended_at, queue_id";

    private final Database db;

    @Activate
    public RoutingDecisions(@Reference Database db) {
        this.db = db;
        db.migrate("routing", List.of(Migration.fromResource(1, "routing decisions", RoutingDecisions.class,
                "db/routing/V1__routing_decisions.sql"),
                Migration.fromResource(2, "decisions kept when made", RoutingDecisions.class,
                        "db/routing/V2__decisions_kept_when_made.sql"),
                Migration.fromResource(3, "open decisions", RoutingDecisions.class, "db/routing/V3__open_decisions.sql"),
                Migration.fromResource(4, "queue decisions", RoutingDecisions.class, "db/routing/V4__queue_decisions.sql")));
        // A session does not outlive the node: what was routed when it stopped was interrupted.
        db.update("UPDATE routing_decision SET outcome = ? WHERE outcome = ?", RoutingDecision.Outcome.INTERRUPTED.name(),
                RoutingDecision.Outcome.IN_PROGRESS.name());
    }

    /** Keeps the decision as it is made, before the call is dialled; returns its id. */
    String begin(CallIn call, Route route, Instant decidedAt) {
        String id = UUID.randomUUID().toString();
        db.update("INSERT INTO routing_decision (" + COLUMNS + ", context) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id, route.tenantId(), cut(call.pbxCallId(), 64), cut(call.channel(), 200),
                cut(call.dialled(), 80), cut(call.callerNumber(), 80), route.userId(), route.departmentId(),
                route.userType() == null ? null : route.userType().name(),
                route.rejection() == null ? null : route.rejection().name(), cut(route.reason(), 500), route.steps().size(),
                RoutingDecision.Outcome.IN_PROGRESS.name(), null, decidedAt, null, route.queue() == null ? null : route.queue().id(),
                cut(call.context(), 80));
        return id;
    }

    /** How the call's routing ended. */
    void end(String id, RoutingDecision.Outcome outcome, Integer answeredStep, Instant endedAt) {
        db.update("UPDATE routing_decision SET outcome = ?, answered_step = ?, ended_at = ? WHERE id = ?", outcome.name(),
                answeredStep, endedAt, id);
    }

    public Page<RoutingDecision> find(String tenantId, String pbxCallId, PageRequest request) {
        if (db.count("SELECT COUNT(*) FROM tenant WHERE id = ?", tenantId) == 0) {
            throw new NotFoundException("Tenant", tenantId);
        }
        List<Object> params = new ArrayList<>(List.of(tenantId));
        String where = " WHERE tenant_id = ?";
        if (pbxCallId != null) {
            where += " AND pbx_call_id = ?";
            params.add(pbxCallId);
        }
        long total = db.count("SELECT COUNT(*) FROM routing_decision" + where, params.toArray());
        params.add(request.offset());
        params.add(request.size());
        List<RoutingDecision> items = db.query("SELECT " + COLUMNS + " FROM routing_decision" + where
                + " ORDER BY decided_at DESC, id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", RoutingDecisions::read, params.toArray());
        return new Page<>(items, request.page(), request.size(), total);
    }

    @Override
    public void eraseTenant(String tenantId) {
        db.update("DELETE FROM routing_decision WHERE tenant_id = ?", tenantId);
    }

    private static RoutingDecision read(ResultSet row) throws SQLException {
        return new RoutingDecision(row.getString(1).trim(), trim(row.getString(2)), row.getString(3), row.getString(4),
                row.getString(5), row.getString(6), trim(row.getString(7)), trim(row.getString(8)), row.getString(9),
                row.getString(10), row.getString(11), row.getInt(12), row.getString(13), (Integer) row.getObject(14),
                Columns.instant(row, 15), Columns.instant(row, 16), trim(row.getString(17)));
    }

    private static String trim(String id) {
        return id == null ? null : id.trim();
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
