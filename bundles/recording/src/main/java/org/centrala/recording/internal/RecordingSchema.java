package org.centrala.recording.internal;

import java.time.Clock;
import java.util.List;

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

/** Brings the recording tables up to date, once tenancy's exist (an unknown tenant is read from them). */
@Component(service = RecordingSchema.class)
public class RecordingSchema {
    static final String MODULE = "recording";
    private final Database database;
    /** Bound dynamically: updating the audit bundle must not stop this one; a write waits for it instead. */
    private final ServiceSlot<AuditLog> audit = new ServiceSlot<>("The audit log");
    private final AuditLog auditLog = audit.proxy(AuditLog.class);
    private final Clock clock;
    private final JdbcRecordings recordings;

    @Activate
    public RecordingSchema(@Reference Database database,
                           @Reference(target = "(" + MigratedSchema.MODULE + "=tenancy)") MigratedSchema tenancyTables) {
        this(database, null, Clock.systemUTC());
    }

    public RecordingSchema(Database database, AuditLog audit, Clock clock) {
        this.database = database;
        this.clock = clock;
        if (audit != null) {
            bindAudit(audit);
        }
        database.migrate(MODULE, List.of(Migration.fromResource(1, "recordings", RecordingSchema.class,
                "db/recording/V1__recordings.sql")));
        this.recordings = new JdbcRecordings(database);
    }

    /** The recording tables, for every component of this bundle. */
    JdbcRecordings recordings() {
        return recordings;
    }

    public Database database() {
        return database;
    }

    /** R9: policy changes, pauses, on-demand recordings, deletions are recorded in their transaction. */
    public AuditLog audit() {
        return auditLog;
    }

    public Clock clock() {
        return clock;
    }

    /** An unknown tenant is a 404, not an empty answer (the tenant table is tenancy's; read only). */
    public void requireTenant(String tenantId) {
        if (database.count("SELECT COUNT(*) FROM tenant WHERE id = ?", tenantId) == 0) {
            throw new org.centrala.common.NotFoundException("Tenant", tenantId);
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindAudit(AuditLog service) {
        audit.bind(service);
    }

    void unbindAudit(AuditLog service) {
        audit.unbind(service);
    }
}
