package org.centrala.licensing.internal;

import java.time.Clock;
import java.util.List;

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
    private final Clock clock;

    @Activate
    public LicensingSchema(@Reference Database database, @Reference TenantService tenantsMigratedFirst) {
        this(database, Clock.systemUTC());
    }

    /** For tests: a clock that decides what "this month" is. */
    public LicensingSchema(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        database.migrate(MODULE, List.of(Migration.fromResource(1, "subscriptions, licence holdings, prices", LicensingSchema.class,
                "db/licensing/V1__subscriptions_holdings_prices.sql")));
    }

    Database database() {
        return database;
    }

    Clock clock() {
        return clock;
    }
}
