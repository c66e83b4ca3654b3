package org.centrala.persistence.internal;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.centrala.common.HealthIndicator;
import org.centrala.common.PartHealth;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The database part of the node's readiness: up while a connection of the pool answers as valid
 * within a second. The check uses the JDBC driver's own validity test, never a table.
 */
@Component(property = HealthIndicator.PART + "=database")
public class DatabaseHealth implements HealthIndicator {
    private static final int TIMEOUT_SECONDS = 1;

    private final DataSource dataSource;

    @Activate
    public DatabaseHealth(@Reference(target = "(dataSourceName=centrala)") DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public PartHealth health() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(TIMEOUT_SECONDS)
                    ? PartHealth.up(connection.getMetaData().getDatabaseProductName() + " answers")
                    : PartHealth.down("a connection did not answer within " + TIMEOUT_SECONDS + " s");
        } catch (SQLException e) {
            return PartHealth.down("no connection: " + e.getMessage());
        }
    }
}
