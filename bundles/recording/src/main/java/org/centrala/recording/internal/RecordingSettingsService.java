package org.centrala.recording.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.centrala.audit.AuditEvent;
import org.centrala.common.ServiceSlot;
import org.centrala.common.Validator;
import org.centrala.directory.UserService;
import org.centrala.persistence.Database;
import org.centrala.queues.QueueService;
import org.centrala.recording.RecordingPolicies;
import org.centrala.recording.RecordingPolicy;
import org.centrala.recording.RoutedCall;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;

/**
 * A tenant's recording settings (policy, retention) and the policies of its queues and users
 * (issue 12); every change audited (R9). Also what the routing asks for each call it routes.
 */
@Component(service = {RecordingSettingsService.class, RecordingPolicies.class}, configurationPid = RecordingConfig.PID)
@Designate(ocd = RecordingConfig.class)
public class RecordingSettingsService implements RecordingPolicies {
    static final String QUEUE = "QUEUE";
    static final String USER = "USER";

    private final ServiceSlot<UserService> usersSlot = new ServiceSlot<>("The directory");
    private final UserService users = usersSlot.proxy(UserService.class);
    /** Queues are a concern of their own, perhaps not installed: then no queue has a policy to set. */
    private final ServiceSlot<QueueService> queuesSlot = new ServiceSlot<>("Queues");
    private final QueueService queues = queuesSlot.proxy(QueueService.class);
    private final RecordingSchema schema;
    private final Database db;
    private volatile RecordingPolicy defaultPolicy;
    private volatile int defaultRetentionDays;

    @Activate
    public RecordingSettingsService(@Reference RecordingSchema schema, RecordingConfig config) {
        this.schema = schema;
        this.db = schema.database();
        modified(config);
    }

    @Modified
    void modified(RecordingConfig config) {
        defaultPolicy = config.defaultPolicy();
        defaultRetentionDays = Math.max(1, config.defaultRetentionDays());
    }

    public RecordingSettings get(String tenantId) {
        schema.requireTenant(tenantId);
        return db.queryOne("SELECT policy, retention_days, updated_at FROM recording_settings WHERE tenant_id = ?",
                        rs -> new RecordingSettings(tenantId, RecordingPolicy.valueOf(rs.getString(1)), rs.getInt(2), true,
                                rs.getTimestamp(3).toInstant()), tenantId)
                .orElseGet(() -> new RecordingSettings(tenantId, defaultPolicy, defaultRetentionDays, false, null));
    }

    public RecordingSettings set(String tenantId, RecordingSettingsDraft draft) {
        return set(tenantId, draft, null);
    }

    /**
     * As {@link #set(String, RecordingSettingsDraft)}, only if the stored settings are still at
     * {@code expectedUpdatedAt} (null: whatever they are); the check is the UPDATE's own.
     */
    public RecordingSettings set(String tenantId, RecordingSettingsDraft draft, java.time.Instant expectedUpdatedAt) {
        new Validator().required("policy", draft.policy()).required("retentionDays", draft.retentionDays())
                .range("retentionDays", draft.retentionDays(), 1, 3650).throwIfInvalid();
        schema.requireTenant(tenantId);
        return db.inTransaction(() -> {
            if (db.update("UPDATE recording_settings SET policy = ?, retention_days = ?, updated_at = ? WHERE tenant_id = ?"
                    + org.centrala.persistence.Sql.versionCheck(expectedUpdatedAt), org.centrala.persistence.Sql.withVersion(expectedUpdatedAt,
                    draft.policy().name(), draft.retentionDays(), org.centrala.persistence.Sql.nextVersion(schema.clock().instant(), expectedUpdatedAt), tenantId)) == 0) {
                if (expectedUpdatedAt != null) {
                    throw org.centrala.common.StaleVersionException.changedMeanwhile("the recording settings of tenant '" + tenantId + "'");
                }
                db.update("INSERT INTO recording_settings (tenant_id, policy, retention_days, updated_at) VALUES (?, ?, ?, ?)",
                        tenantId, draft.policy().name(), draft.retentionDays(), schema.clock().instant());
            }
            schema.audit().record(AuditEvent.ofTenant(tenantId, "recording.settings-changed", "tenant:" + tenantId)
                    .with(Map.of("policy", draft.policy().name(), "retentionDays", draft.retentionDays())));
            return get(tenantId);
        });
    }

    public RecordingSettings reset(String tenantId) {
        schema.requireTenant(tenantId);
        return db.inTransaction(() -> {
            if (db.update("DELETE FROM recording_settings WHERE tenant_id = ?", tenantId) > 0) {
                schema.audit().record(AuditEvent.ofTenant(tenantId, "recording.settings-reset", "tenant:" + tenantId));
            }
            return get(tenantId);
        });
    }

    /** The queues' and users' own policies. */
    public List<PolicyOverride> overrides(String tenantId) {
        schema.requireTenant(tenantId);
        return db.query("SELECT target_kind, target_id, policy FROM recording_policy WHERE tenant_id = ? ORDER BY target_kind,"
                + " target_id", rs -> new PolicyOverride(rs.getString(1), rs.getString(2).trim(),
                RecordingPolicy.valueOf(rs.getString(3))), tenantId);
    }

    /** A user's own policy (R6, R8: a back-office user's recordings are kept for administrators alike). */
    public PolicyOverride setForUser(String tenantId, String userId, RecordingPolicy policy) {
        users.get(tenantId, userId); // 404 for a user of no such tenant
        return setOverride(tenantId, USER, userId, policy);
    }

    public PolicyOverride setForQueue(String tenantId, String queueId, RecordingPolicy policy) {
        queues.get(tenantId, queueId);
        return setOverride(tenantId, QUEUE, queueId, policy);
    }

    /** Back to the tenant's policy; @return what applies now */
    public RecordingPolicy clear(String tenantId, String kind, String targetId) {
        schema.requireTenant(tenantId);
        db.inTransaction(() -> {
            if (db.update("DELETE FROM recording_policy WHERE tenant_id = ? AND target_kind = ? AND target_id = ?", tenantId, kind,
                    targetId) > 0) {
                schema.audit().record(AuditEvent.ofTenant(tenantId, "recording.policy-cleared", kind.toLowerCase(java.util.Locale.ROOT)
                        + ":" + targetId));
            }
            return null;
        });
        return get(tenantId).policy();
    }

    private PolicyOverride setOverride(String tenantId, String kind, String targetId, RecordingPolicy policy) {
        if (policy == null) {
            new Validator().required("policy", null).throwIfInvalid();
        }
        schema.requireTenant(tenantId);
        return db.inTransaction(() -> {
            if (db.update("UPDATE recording_policy SET policy = ?, updated_at = ? WHERE tenant_id = ? AND target_kind = ? AND"
                    + " target_id = ?", policy.name(), schema.clock().instant(), tenantId, kind, targetId) == 0) {
                db.update("INSERT INTO recording_policy (tenant_id, target_kind, target_id, policy, updated_at) VALUES"
                        + " (?, ?, ?, ?, ?)", tenantId, kind, targetId, policy.name(), schema.clock().instant());
            }
            schema.audit().record(AuditEvent.ofTenant(tenantId, "recording.policy-set", kind.toLowerCase(java.util.Locale.ROOT)
                    + ":" + targetId).with(Map.of("policy", policy.name())));
            return new PolicyOverride(kind, targetId, policy);
        });
    }

    @Override
    public RecordingPolicy tenantPolicy(String tenantId) {
        return get(tenantId).policy();
    }

    @Override
    public void setTenantPolicy(String tenantId, RecordingPolicy policy) {
        set(tenantId, new RecordingSettingsDraft(policy, get(tenantId).retentionDays()));
    }

    /** The policy that applies to a user's calls: its own, else its tenant's. */
    public RecordingPolicy forUser(String tenantId, String userId) {
        return override(tenantId, USER, userId).orElseGet(() -> get(tenantId).policy());
    }

    private Optional<RecordingPolicy> override(String tenantId, String kind, String targetId) {
        if (targetId == null) {
            return Optional.empty();
        }
        return db.queryOne("SELECT policy FROM recording_policy WHERE tenant_id = ? AND target_kind = ? AND target_id = ?",
                rs -> RecordingPolicy.valueOf(rs.getString(1)), tenantId, kind, targetId);
    }

    @Override
    public Optional<String> recordFromTheStart(String tenantId, RoutedCall call) {
        boolean record;
        if (call.queueId() != null) {
            record = override(tenantId, QUEUE, call.queueId()).orElseGet(() -> get(tenantId).policy()).recordsFromTheStart(true);
        } else if (call.calledUserId() == null && call.callingUserId() == null) {
            record = get(tenantId).policy().recordsFromTheStart(false);
        } else {
            record = call.calledUserId() != null && forUser(tenantId, call.calledUserId()).recordsFromTheStart(false)
                    || call.callingUserId() != null && forUser(tenantId, call.callingUserId()).recordsFromTheStart(false);
        }
        return record ? Optional.of(fileFor(tenantId, call.channelUniqueId())) : Optional.empty();
    }

    /** The file MixMonitor writes for a recording of that channel, relative to the PBX's monitor folder. */
    String fileFor(String tenantId, String channelUniqueId) {
        return CentralaFileNames.of(tenantId, channelUniqueId);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindUsers(UserService service) {
        usersSlot.bind(service);
    }

    void unbindUsers(UserService service) {
        usersSlot.unbind(service);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindQueues(QueueService service) {
        queuesSlot.bind(service);
    }

    void unbindQueues(QueueService service) {
        queuesSlot.unbind(service);
    }
}
