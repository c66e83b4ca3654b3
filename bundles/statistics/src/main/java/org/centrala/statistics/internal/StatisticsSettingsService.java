package org.centrala.statistics.internal;

import java.time.ZoneId;
import java.util.Map;

import org.centrala.audit.AuditEvent;
import org.centrala.audit.AuditLog;
import org.centrala.common.ServiceSlot;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * A tenant's time zone for its statistics. A change re-cuts the days already counted from their
 * quarters (which are the same in every zone) on the writer's thread, so no report ever mixes two
 * zones; audited (R9).
 */
@Component(service = StatisticsSettingsService.class)
public class StatisticsSettingsService {
    /** Bound dynamically: updating the audit bundle must not stop this one; a change waits for it instead. */
    private final ServiceSlot<AuditLog> audit = new ServiceSlot<>("The audit log");
    private final AuditLog auditLog = audit.proxy(AuditLog.class);
    private final StatisticsSchema schema;
    private final TimeZones zones;
    private final RollupWriter writer;

    @Activate
    public StatisticsSettingsService(@Reference StatisticsSchema schema, @Reference TimeZones zones, @Reference RollupWriter writer) {
        this.schema = schema;
        this.zones = zones;
        this.writer = writer;
    }

    StatisticsSettings get(String tenantId) {
        schema.requireTenant(tenantId);
        java.time.Instant updatedAt = zones.updatedAt(tenantId);
        return new StatisticsSettings(tenantId, zones.of(tenantId).getId(), updatedAt != null, updatedAt);
    }

    /** @param expectedUpdatedAt the version the change is made against (null: whatever is stored) */
    StatisticsSettings set(String tenantId, StatisticsSettingsDraft draft, java.time.Instant expectedUpdatedAt) {
        ZoneId zone = TimeZones.parse("timeZone", draft.timeZone());
        schema.requireTenant(tenantId);
        return change(tenantId, zone, "statistics.settings-changed", expectedUpdatedAt);
    }

    StatisticsSettings reset(String tenantId) {
        schema.requireTenant(tenantId);
        return change(tenantId, null, "statistics.settings-reset", null);
    }

    private StatisticsSettings change(String tenantId, ZoneId zone, String action, java.time.Instant expectedUpdatedAt) {
        ZoneId before = zones.of(tenantId);
        writer.onThread(() -> schema.database().inTransaction(() -> {
            zones.set(tenantId, zone, org.centrala.persistence.Sql.nextVersion(schema.clock().instant(), expectedUpdatedAt), expectedUpdatedAt);
            ZoneId after = zones.of(tenantId);
            if (!after.equals(before)) {
                schema.rollups().rebuildDays(tenantId, after);
            }
            auditLog.record(AuditEvent.ofTenant(tenantId, action, "tenant:" + tenantId).with(Map.of("timeZone", after.getId())));
            writer.forget(tenantId);
            return null;
        }));
        zones.forget(tenantId);
        return get(tenantId);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindAudit(AuditLog service) {
        audit.bind(service);
    }

    void unbindAudit(AuditLog service) {
        audit.unbind(service);
    }
}
