package org.centrala.provisioning.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.centrala.audit.AuditEvent;
import org.centrala.audit.AuditLog;
import org.centrala.common.ServiceSlot;
import org.centrala.persistence.Database;
import org.centrala.persistence.MigratedSchema;
import org.centrala.persistence.Migration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** What Centrala last wrote to each tenant's PBX, unit by unit, and the audit entry of each write (R9). */
@Component(service = ProvisionedUnits.class)
public class ProvisionedUnits {
    /** What was written: the unit's fingerprint and when. */
    record Written(String fingerprint, Instant at) {
    }

    private final Database db;
    private final Clock clock;
    private final ServiceSlot<AuditLog> auditSlot = new ServiceSlot<>("The audit log");
    private final AuditLog audit = auditSlot.proxy(AuditLog.class);

    @Activate
    public ProvisionedUnits(@Reference Database database,
                            @Reference(target = "(" + MigratedSchema.MODULE + "=directory)") MigratedSchema directoryTables) {
        this(database, null, Clock.systemUTC());
    }

    public ProvisionedUnits(Database database, AuditLog audit, Clock clock) {
        this.db = database;
        this.clock = clock;
        if (audit != null) {
            bindAudit(audit);
        }
        database.migrate("provisioning", List.of(Migration.fromResource(1, "provisioned units", ProvisionedUnits.class,
                "db/provisioning/V1__provisioned_units.sql")));
    }

    /** File, then unit key. */
    Map<String, Map<String, Written>> of(String tenantId) {
        Map<String, Map<String, Written>> written = new HashMap<>();
        db.query("SELECT file_name, unit_key, fingerprint, written_at FROM provisioned_unit WHERE tenant_id = ?", rs -> {
            written.computeIfAbsent(rs.getString(1), f -> new HashMap<>())
                    .put(rs.getString(2), new Written(rs.getString(3), rs.getTimestamp(4).toInstant()));
            return null;
        }, tenantId);
        return written;
    }

    /** Records a written unit (null fingerprint: deleted) with its audit entry, in one transaction. */
    Instant wrote(String tenantId, String file, Unit unit, String fingerprint, String why) {
        Instant now = clock.instant();
        db.inTransaction(() -> {
            db.update("DELETE FROM provisioned_unit WHERE tenant_id = ? AND file_name = ? AND unit_key = ?", tenantId, file, unit.key());
            if (fingerprint != null) {
                db.update("INSERT INTO provisioned_unit (tenant_id, file_name, unit_key, fingerprint, written_at) VALUES (?, ?, ?, ?, ?)",
                        tenantId, file, unit.key(), fingerprint, Timestamp.from(now));
            }
            audit.record(AuditEvent.ofTenant(tenantId, fingerprint == null ? "pbx.config.removed" : "pbx.config.written",
                    "pbx:" + unit.key()).with(Map.of("file", file, "why", why)));
            return null;
        });
        return now;
    }

    Instant now() {
        return clock.instant();
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindAudit(AuditLog service) {
        auditSlot.bind(service);
    }

    void unbindAudit(AuditLog service) {
        auditSlot.unbind(service);
    }
}
