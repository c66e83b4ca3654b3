package org.centrala.statistics.internal;

import java.time.Clock;
import java.util.List;

import org.centrala.persistence.Database;
import org.centrala.persistence.MigratedSchema;
import org.centrala.persistence.Migration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Brings the statistics tables up to date, once tenancy's exist; holds them for the bundle's components. */
@Component(service = StatisticsSchema.class)
public class StatisticsSchema {
    static final String MODULE = "statistics";
    private final Database database;
    private final JdbcRollups rollups;
    private final Clock clock;

    @Activate
    public StatisticsSchema(@Reference Database database,
                            @Reference(target = "(" + MigratedSchema.MODULE + "=tenancy)") MigratedSchema tenancyTables) {
        this(database, Clock.systemUTC());
    }

    StatisticsSchema(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        database.migrate(MODULE, List.of(Migration.fromResource(1, "statistics", StatisticsSchema.class,
                "db/statistics/V1__statistics.sql")));
        this.rollups = new JdbcRollups(database);
    }

    JdbcRollups rollups() {
        return rollups;
    }

    Database database() {
        return database;
    }

    Clock clock() {
        return clock;
    }

    /** An unknown tenant is a 404, not an empty answer (the tenant table is tenancy's; read only). */
    void requireTenant(String tenantId) {
        if (database.count("SELECT COUNT(*) FROM tenant WHERE id = ?", tenantId) == 0) {
            throw new org.centrala.common.NotFoundException("Tenant", tenantId);
        }
    }
}
