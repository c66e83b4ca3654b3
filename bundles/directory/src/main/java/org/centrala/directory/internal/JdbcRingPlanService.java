package org.centrala.directory.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.centrala.audit.AuditEvent;
import org.centrala.audit.AuditLog;
import org.centrala.common.ConflictException;
import org.centrala.common.FieldError;
import org.centrala.common.NotFoundException;
import org.centrala.common.ValidationException;
import org.centrala.directory.Device;
import org.centrala.directory.DeviceKind;
import org.centrala.directory.RingPlan;
import org.centrala.directory.RingPlanService;
import org.centrala.directory.RingStep;
import org.centrala.directory.UserType;
import org.centrala.persistence.Database;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** R5: ring plans of back-office users. */
@Component(service = RingPlanService.class)
public class JdbcRingPlanService implements RingPlanService {
    private final Database db;
    private final AuditLog audit;
    private final java.time.Clock clock;

    @Activate
    public JdbcRingPlanService(@Reference DirectorySchema schema) {
        this.db = schema.database();
        this.audit = schema.audit();
        this.clock = schema.clock();
    }

    @Override
    public RingPlan get(String tenantId, String userId) {
        return db.inTransaction(() -> {
            requireBackOfficeUser(tenantId, userId);
            Map<Integer, RingStepBuilder> steps = new LinkedHashMap<>();
            java.time.Instant[] setAt = new java.time.Instant[1];
            db.query("SELECT step_no, ring_seconds, set_at FROM ring_step WHERE user_id = ? ORDER BY step_no", row -> {
                steps.put(row.getInt(1), new RingStepBuilder(row.getInt(2)));
                setAt[0] = row.getTimestamp(3) == null ? null : row.getTimestamp(3).toInstant();
                return null;
            }, userId);
            if (steps.isEmpty()) {
                return new RingPlan(userId, defaultSteps(tenantId, userId), false);
            }
            db.query("SELECT step_no, device_id FROM ring_step_device WHERE user_id = ? ORDER BY step_no, device_id", row -> {
                steps.get(row.getInt(1)).deviceIds.add(DirectoryRows.id(row, 2));
                return null;
            }, userId);
            return new RingPlan(userId, steps.values().stream().map(RingStepBuilder::build).toList(), true, setAt[0]);
        });
    }

    @Override
    public RingPlan set(String tenantId, String userId, List<RingStep> steps, java.time.Instant expectedUpdatedAt) {
        return db.inTransaction(() -> {
            requireBackOfficeUser(tenantId, userId);
            validate(tenantId, userId, steps);
            // With an expected version, the stored steps go only if they are still that version: atomic with the write.
            int deleted = db.update("DELETE FROM ring_step WHERE user_id = ?" + (expectedUpdatedAt == null ? "" : " AND set_at = ?"),
                    org.centrala.persistence.Sql.withVersion(expectedUpdatedAt, userId));
            if (expectedUpdatedAt != null && deleted == 0) {
                throw org.centrala.common.StaleVersionException.changedMeanwhile("the ring plan of user '" + userId + "'");
            }
            java.time.Instant setAt = org.centrala.persistence.Sql.nextVersion(TenantData.now(clock), expectedUpdatedAt);
            for (int i = 0; i < steps.size(); i++) {
                RingStep step = steps.get(i);
                db.update("INSERT INTO ring_step (user_id, step_no, ring_seconds, set_at) VALUES (?, ?, ?, ?)", userId, i + 1,
                        step.ringSeconds(), setAt);
                for (String deviceId : new HashSet<>(step.deviceIds())) {
                    db.update("INSERT INTO ring_step_device (user_id, step_no, device_id) VALUES (?, ?, ?)", userId, i + 1, deviceId);
                }
            }
            audit.record(AuditEvent.ofTenant(tenantId, "ring-plan.set", "user:" + userId).about(userId)
                    .with(Map.of("steps", steps.stream().map(s -> s.deviceIds() + " " + s.ringSeconds() + "s").toList())));
            return get(tenantId, userId);
        });
    }

    @Override
    public RingPlan reset(String tenantId, String userId) {
        return db.inTransaction(() -> {
            requireBackOfficeUser(tenantId, userId);
            db.update("DELETE FROM ring_step WHERE user_id = ?", userId);
            audit.record(AuditEvent.ofTenant(tenantId, "ring-plan.reset", "user:" + userId).about(userId));
            return get(tenantId, userId);
        });
    }

    /** R5's example: the desk phone for 10 s (about two rings), then the mobile; otherwise every device in turn. */
    private List<RingStep> defaultSteps(String tenantId, String userId) {
        List<Device> devices = db.query("SELECT " + DirectoryRows.DEVICE_COLUMNS + " FROM device WHERE tenant_id = ? AND owner_user_id = ?"
                + " ORDER BY created_at, id", DirectoryRows::device, tenantId, userId);
        List<RingStep> steps = new ArrayList<>();
        for (DeviceKind kind : List.of(DeviceKind.SIP_DESK_PHONE, DeviceKind.SIP_SOFTPHONE, DeviceKind.MOBILE_PHONE)) {
            List<String> ofKind = devices.stream().filter(d -> d.kind() == kind).map(Device::id).toList();
            if (!ofKind.isEmpty()) {
                steps.add(new RingStep(ofKind, kind == DeviceKind.MOBILE_PHONE ? RingPlan.DEFAULT_MOBILE_SECONDS : RingPlan.DEFAULT_DESK_SECONDS));
            }
        }
        return steps;
    }

    private void validate(String tenantId, String userId, List<RingStep> steps) {
        List<FieldError> errors = new ArrayList<>();
        if (steps == null || steps.isEmpty()) {
            throw new ValidationException("steps", "must have at least one step; to go back to the default, reset the plan");
        }
        Set<String> owned = new HashSet<>(db.query("SELECT id FROM device WHERE tenant_id = ? AND owner_user_id = ?",
                row -> DirectoryRows.id(row, 1), tenantId, userId));
        for (int i = 0; i < steps.size(); i++) {
            RingStep step = steps.get(i);
            String field = "steps[" + i + "]";
            if (step == null) {
                errors.add(new FieldError(field, "is required"));
                continue;
            }
            if (step.ringSeconds() == null || step.ringSeconds() <= 0 || step.ringSeconds() > RingStep.MAX_RING_SECONDS) {
                errors.add(new FieldError(field + ".ringSeconds", "must be between 1 and " + RingStep.MAX_RING_SECONDS));
            }
            if (step.deviceIds().isEmpty()) {
                errors.add(new FieldError(field + ".deviceIds", "must name at least one device"));
            }
            for (String deviceId : step.deviceIds()) {
                if (!owned.contains(deviceId)) {
                    // Another tenant's device, another user's device and no device at all look the same (R1).
                    errors.add(new FieldError(field + ".deviceIds", "'" + deviceId + "' is not a device of this user"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private void requireBackOfficeUser(String tenantId, String userId) {
        String type = db.queryOne("SELECT user_type FROM directory_user WHERE tenant_id = ? AND id = ? AND left_at IS NULL",
                row -> row.getString(1), tenantId, userId).orElseThrow(() -> new NotFoundException(JdbcUserService.ENTITY, userId));
        if (!UserType.BACK_OFFICE.name().equals(type)) {
            throw new ConflictException("ring plans are for back-office users (R5); contact-centre users take calls on their device or line (R11)");
        }
    }

    private static final class RingStepBuilder {
        private final int seconds;
        private final List<String> deviceIds = new ArrayList<>();

        RingStepBuilder(int seconds) {
            this.seconds = seconds;
        }

        RingStep build() {
            return new RingStep(deviceIds, seconds);
        }
    }
}
