package org.centrala.licensing.internal;

import java.time.Clock;
import java.util.List;

import org.centrala.audit.AuditLog;
import org.centrala.persistence.Database;
import org.centrala.persistence.Migration;
import org.centrala.tenancy.TenantService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Brings the licensing tables up to date. Its tables refer to tenants and resellers, so it waits
 * for the tenancy services (whose schema is migrated before they activate).
 */
@Component(service = LicensingSchema.class)
public class LicensingSchema {
    static final String MODULE = "licensing";

    private final Database database;
    private final AuditLog audit;
    private final Clock clock;

    @Activate
    public LicensingSchema(@Reference Database database, @Reference AuditLog audit, @Reference TenantService tenantsMigratedFirst) {
        this(database, audit, Clock.systemUTC());
    }

    /** For tests: a clock that decides what "this month" is. */
    public LicensingSchema(Database database, AuditLog audit, Clock clock) {
        this.database = database;
        this.audit = audit;
        this.clock = clock;
        database.migrate(MODULE, List.of(
                Migration.fromResource(1, "subscriptions, licence holdings, prices", LicensingSchema.class,
                        "db/licensing/V1__subscriptions_holdings_prices.sql"),
                Migration.fromResource(2, "licence holdings by holder", LicensingSchema.class,
                        "db/licensing/V2__holdings_by_holder.sql")));
    }

    Database database() {
        return database;
    }

    /** R9: every change of what a tenant bought is recorded in the transaction that makes it. */
    AuditLog audit() {
        return audit;
    }

    Clock clock() {
        return clock;
    }
}
