package org.centrala.directory.internal;

import java.time.Clock;
import java.util.List;

import org.centrala.audit.AuditLog;
import org.centrala.common.ServiceSlot;
import org.centrala.persistence.MigratedSchema;
import org.centrala.persistence.AccessChanges;
import org.centrala.persistence.Database;
import org.centrala.persistence.Migration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** Brings the directory tables up to date, after the tenancy tables they refer to. */
@Component(service = DirectorySchema.class)
public class DirectorySchema {
    static final String MODULE = "directory";

    private final Database database;
    private final AccessChanges accessChanges;
    /** Bound dynamically: updating the audit bundle must not stop this one; a write waits for it instead. */
    private final ServiceSlot<AuditLog> audit = new ServiceSlot<>("The audit log");
    /** What the services keep: each call goes to the audit log bound at that moment. */
    private final AuditLog auditLog = audit.proxy(AuditLog.class);
    private final Clock clock;

    /** The tenancy tables must exist first (foreign keys); their marker stays while tenancy is updated. */
    @Activate
    public DirectorySchema(@Reference Database database,
                           @Reference(target = "(" + MigratedSchema.MODULE + "=tenancy)") MigratedSchema tenancyTables,
                           @Reference AccessChanges accessChanges) {
        this(database, null, Clock.systemUTC(), accessChanges);
    }

    public DirectorySchema(Database database, AuditLog audit, Clock clock, AccessChanges accessChanges) {
        this.database = database;
        this.accessChanges = accessChanges;
        if (audit != null) {
            bindAudit(audit);
        }
        this.clock = clock;
        database.migrate(MODULE, List.of(
                Migration.fromResource(1, "users, roles, access profiles, devices, ring plans, lines",
                        DirectorySchema.class, "db/directory/V1__users_devices_ring_plans_lines.sql"),
                Migration.fromResource(2, "user names per tenant", DirectorySchema.class, "db/directory/V2__user_names_per_tenant.sql"),
                Migration.fromResource(3, "erased users", DirectorySchema.class, "db/directory/V3__erased_users.sql"),
                Migration.fromResource(4, "extensions", DirectorySchema.class, "db/directory/V4__extensions.sql"),
                Migration.fromResource(5, "dialling rules", DirectorySchema.class, "db/directory/V5__dialling_rules.sql"),
                Migration.fromResource(6, "ring plan versions", DirectorySchema.class, "db/directory/V6__ring_plan_versions.sql")));
    }

    Database database() {
        return database;
    }

    /** Counts a change to what a user may do (roles, profile, departure), so that log-ins remembered before it are re-checked. */
    AccessChanges accessChanges() {
        return accessChanges;
    }

    /** R9: every administrative change and every line log-in and log-out is recorded in its transaction. */
    AuditLog audit() {
        return auditLog;
    }

    Clock clock() {
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
