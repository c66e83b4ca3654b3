package org.centrala.directory.internal;

import java.time.Clock;
import java.util.List;

import org.centrala.audit.AuditLog;
import org.centrala.persistence.Database;
import org.centrala.persistence.Migration;
import org.centrala.tenancy.TenantService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Brings the directory tables up to date, after the tenancy tables they refer to. */
@Component(service = DirectorySchema.class)
public class DirectorySchema {
    static final String MODULE = "directory";

    private final Database database;
    private final AuditLog audit;
    private final Clock clock;

    @Activate
    public DirectorySchema(@Reference Database database, @Reference AuditLog audit, @Reference TenantService tenantsMigratedFirst) {
        this(database, audit, Clock.systemUTC());
    }

    public DirectorySchema(Database database, AuditLog audit, Clock clock) {
        this.database = database;
        this.audit = audit;
        this.clock = clock;
        database.migrate(MODULE, List.of(Migration.fromResource(1, "users, roles, access profiles, devices, ring plans, lines",
                DirectorySchema.class, "db/directory/V1__users_devices_ring_plans_lines.sql")));
    }

    Database database() {
        return database;
    }

    /** R9: every administrative change and every line log-in and log-out is recorded in its transaction. */
    AuditLog audit() {
        return audit;
    }

    Clock clock() {
        return clock;
    }
}
