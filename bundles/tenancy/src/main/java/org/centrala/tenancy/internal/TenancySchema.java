package org.centrala.tenancy.internal;

import java.util.List;

import org.centrala.persistence.Database;
import org.centrala.persistence.Migration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Brings the tenancy tables up to date. The services reference this component, so none of them
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

    @Activate
    public TenancySchema(@Reference Database database) {
        this.database = database;
        database.migrate(MODULE, migrations());
    }

    Database database() {
        return database;
    }
}
