package org.centrala.queues.internal;

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

/** Brings the queue and agent tables up to date, once the directory's users exist. */
@Component(service = QueuesSchema.class)
public class QueuesSchema {
    private final Database database;
    /** Bound dynamically: updating the audit bundle must not stop this one; a write waits for it instead. */
    private final ServiceSlot<AuditLog> audit = new ServiceSlot<>("The audit log");
    private final AuditLog auditLog = audit.proxy(AuditLog.class);
    private final Clock clock;

    @Activate
    public QueuesSchema(@Reference Database database,
                        @Reference(target = "(" + MigratedSchema.MODULE + "=directory)") MigratedSchema directoryTables) {
        this(database, null, Clock.systemUTC());
    }

    public QueuesSchema(Database database, AuditLog audit, Clock clock) {
        this.database = database;
        this.clock = clock;
        if (audit != null) {
            bindAudit(audit);
        }
        database.migrate("queues", List.of(Migration.fromResource(1, "queues and agents", QueuesSchema.class,
                "db/queues/V1__queues_and_agents.sql"), Migration.fromResource(2, "queue extensions", QueuesSchema.class,
                "db/queues/V2__queue_extensions.sql"), Migration.fromResource(3, "pause reason versions", QueuesSchema.class,
                "db/queues/V3__pause_reason_versions.sql")));
    }

    public Database database() {
        return database;
    }

    /** R9: log-ins, pauses and log-outs and every change of a queue are recorded in their transaction. */
    public AuditLog audit() {
        return auditLog;
    }

    public Clock clock() {
        return clock;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindAudit(AuditLog service) {
        audit.bind(service);
    }

    void unbindAudit(AuditLog service) {
        audit.unbind(service);
    }
}
