package org.centrala.tenancy.internal;

import java.util.List;

import org.centrala.audit.AuditLog;
import org.centrala.persistence.Database;
import org.centrala.persistence.Migration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The tenancy module's persistence context: brings the tenancy tables up to date and hands the
 * services their database and audit log. The services reference this component, so none of them
 * is activated before the schema is migrated.
 */
@Component(service = TenancySchema.class)
public class TenancySchema {
    static final String MODULE = "tenancy";

    static List<Migration> migrations() {
        return List.of(
                Migration.fromResource(1, "resellers, tenants, PBX records, departments", TenancySchema.class,
                        "db/tenancy/V1__resellers_tenants_departments.sql"));
    }

    private final Database database;
    private final AuditLog audit;

    @Activate
    public TenancySchema(@Reference Database database, @Reference AuditLog audit) {
        this.database = database;
        this.audit = audit;
        database.migrate(MODULE, migrations());
    }

    Database database() {
        return database;
    }

    /** R9: every administrative change is recorded in the transaction that makes it. */
    AuditLog audit() {
        return audit;
    }
}
