package org.centrala.directory.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.centrala.directory.CallDestination;
import org.centrala.directory.CallDestinations;
import org.centrala.directory.DeviceKind;
import org.centrala.directory.OutsideNumber;
import org.centrala.directory.RingPlan;
import org.centrala.directory.RingPlanService;
import org.centrala.directory.RingStep;
import org.centrala.directory.UserType;
import org.centrala.persistence.Database;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Issue 11: the user behind an extension and the devices to ring, read on each call. */
@Component(service = CallDestinations.class)
public class JdbcCallDestinations implements CallDestinations {
    /** A contact-centre user has no ring plan: its devices ring together this long. */
    static final int CONTACT_CENTRE_RING_SECONDS = 30;

    private final Database db;
    private final RingPlanService ringPlans;

    @Activate
    public JdbcCallDestinations(@Reference DirectorySchema schema, @Reference RingPlanService ringPlans) {
        this.db = schema.database();
        this.ringPlans = ringPlans;
    }

    @Override
    public Optional<CallDestination> byExtension(String tenantId, String extension) {
        return db.inTransaction(() -> db.queryOne("SELECT id, display_name, user_type, department_id FROM directory_user"
                        + " WHERE tenant_id = ? AND extension = ? AND left_at IS NULL",
                row -> new UserRow(DirectoryRows.id(row, 1), row.getString(2), UserType.valueOf(row.getString(3)),
                        DirectoryRows.id(row, 4)), tenantId, extension)
                .map(user -> new CallDestination(user.id, user.name, user.type, user.departmentId, steps(tenantId, user))));
    }

    private record UserRow(String id, String name, UserType type, String departmentId) {
    }

    private List<CallDestination.Step> steps(String tenantId, UserRow user) {
        if (user.type == UserType.BACK_OFFICE) {
            RingPlan plan = ringPlans.get(tenantId, user.id);
            Map<String, CallDestination.Target> owned = targets("owner_user_id = ?", user.id);
            List<CallDestination.Step> steps = new ArrayList<>();
            for (RingStep step : plan.steps()) {
                // A plan names the user's devices; one given to someone else since never rings for this user.
                List<CallDestination.Target> targets = step.deviceIds().stream().map(owned::get)
                        .filter(java.util.Objects::nonNull).toList();
                if (!targets.isEmpty()) {
                    steps.add(new CallDestination.Step(targets, step.ringSeconds()));
                }
            }
            return steps;
        }
        // R11: the devices assigned to the user and the line it holds now ring together.
        Map<String, CallDestination.Target> devices = targets("owner_user_id = ? OR id IN (SELECT l.device_id FROM line l"
                + " JOIN line_session s ON s.line_id = l.id WHERE s.user_id = ?)", user.id, user.id);
        return devices.isEmpty() ? List.of()
                : List.of(new CallDestination.Step(List.copyOf(devices.values()), CONTACT_CENTRE_RING_SECONDS));
    }

    @Override
    public Optional<CallDestination.Target> ownPhone(String tenantId, String userId) {
        return db.inTransaction(() -> {
            Optional<CallDestination.Target> line = db.queryOne("SELECT d.id, d.kind, d.sip_username, d.mobile_number FROM device d"
                    + " JOIN line l ON l.device_id = d.id JOIN line_session s ON s.line_id = l.id"
                    + " WHERE s.user_id = ? AND d.tenant_id = ?", JdbcCallDestinations::target, userId, tenantId);
            if (line.isPresent()) {
                return line;
            }
            // Desk phones before softphones (the kinds sort so), the oldest first.
            return db.query("SELECT d.id, d.kind, d.sip_username, d.mobile_number FROM device d JOIN directory_user u"
                    + " ON u.id = d.owner_user_id WHERE d.tenant_id = ? AND u.id = ? AND u.left_at IS NULL"
                    + " AND d.kind IN ('SIP_DESK_PHONE', 'SIP_SOFTPHONE') ORDER BY d.kind, d.created_at, d.id",
                    JdbcCallDestinations::target, tenantId, userId).stream().findFirst();
        });
    }

    @Override
    public OutsideNumber outsideNumber(String tenantId, String sipUsername, String dialled, OutsideNumber.Source source) {
        String digits = dialled == null ? "" : dialled.replaceAll("[\\s()./-]", "");
        if (!digits.matches("\\+?[0-9]{3,20}")) {
            return new OutsideNumber(null, OutsideNumber.Verdict.NOT_A_NUMBER, "it is no valid phone number");
        }
        return db.inTransaction(() -> {
            // The department of whoever the device stands for: its owner, or the user holding its line.
            String region = db.queryOne("SELECT dep.country_code FROM device d"
                    + " LEFT JOIN line l ON l.device_id = d.id LEFT JOIN line_session s ON s.line_id = l.id"
                    + " JOIN directory_user u ON u.id = COALESCE(d.owner_user_id, s.user_id)"
                    + " JOIN department dep ON dep.id = u.department_id"
                    + " WHERE d.tenant_id = ? AND d.sip_username = ?", row -> row.getString(1), tenantId, sipUsername)
                    .orElse(null);
            return DiallingPolicy.check(JdbcDiallingRulesService.stored(db, tenantId), digits, region, source);
        });
    }

    private static CallDestination.Target target(java.sql.ResultSet row) throws java.sql.SQLException {
        return new CallDestination.Target(DirectoryRows.id(row, 1), DeviceKind.valueOf(row.getString(2)), row.getString(3),
                row.getString(4));
    }

    private Map<String, CallDestination.Target> targets(String where, Object... params) {
        Map<String, CallDestination.Target> targets = new java.util.LinkedHashMap<>();
        db.query("SELECT id, kind, sip_username, mobile_number FROM device WHERE " + where + " ORDER BY created_at, id",
                row -> new CallDestination.Target(DirectoryRows.id(row, 1), DeviceKind.valueOf(row.getString(2)),
                        row.getString(3), row.getString(4)), params)
                .forEach(target -> targets.put(target.deviceId(), target));
        return targets;
    }
}
