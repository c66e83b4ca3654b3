package org.centrala.persistence.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.centrala.persistence.DuplicateKeyException;
import org.centrala.persistence.Migration;
import org.centrala.persistence.MigrationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies versioned migrations per module and records them in {@code schema_migration}.
 *
 * <p>Why not Flyway or Liquibase: both locate migrations by scanning the class path, which does
 * not see into other bundles without extra OSGi glue, and they bring more bundles than the
 * thirty lines this takes. Each module hands its migrations over explicitly instead.
 */
final class MigrationRunner {
    private static final Logger LOG = LoggerFactory.getLogger(MigrationRunner.class);
    private static final String TABLE = "schema_migration";

    private final JdbcDatabase database;

    MigrationRunner(JdbcDatabase database) {
        this.database = database;
    }

    void migrate(String module, List<Migration> migrations) {
        checkVersionsAreContiguous(module, migrations);
        ensureHistoryTable();
        Map<Integer, String> applied = appliedChecksums(module);
        for (Migration migration : migrations) {
            String checksum = applied.get(migration.version());
            if (checksum == null) {
                apply(module, migration);
            } else if (!checksum.equals(migration.checksum())) {
                throw new MigrationException("migration " + module + " V" + migration.version()
                        + " (" + migration.description() + ") was changed after it had been applied;"
                        + " released migrations must never be edited, add a new version instead");
            }
        }
    }

    private static void checkVersionsAreContiguous(String module, List<Migration> migrations) {
        List<Migration> sorted = migrations.stream().sorted(Comparator.comparingInt(Migration::version)).toList();
        for (int i = 0; i < sorted.size(); i++) {
            if (sorted.get(i).version() != i + 1 || sorted.get(i) != migrations.get(i)) {
                throw new MigrationException("migrations of " + module + " must be listed in order as V1, V2, ... without gaps");
            }
        }
    }

    private void ensureHistoryTable() {
        database.withConnection("create " + TABLE, connection -> {
            if (!tableExists(connection)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("CREATE TABLE " + TABLE + " ("
                            + "module VARCHAR(64) NOT NULL, "
                            + "version INTEGER NOT NULL, "
                            + "description VARCHAR(200) NOT NULL, "
                            + "checksum VARCHAR(64) NOT NULL, "
                            + "applied_at TIMESTAMP NOT NULL, "
                            + "PRIMARY KEY (module, version))");
                } catch (SQLException e) {
                    // Another node (or bundle) created it in between: that is fine.
                    if (!tableExists(connection)) {
                        throw e;
                    }
                }
            }
            return null;
        });
    }

    private static boolean tableExists(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        // Derby folds unquoted names to upper case, PostgreSQL to lower case.
        for (String name : new String[] {TABLE.toUpperCase(Locale.ROOT), TABLE}) {
            try (ResultSet tables = meta.getTables(null, null, name, new String[] {"TABLE"})) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    private Map<Integer, String> appliedChecksums(String module) {
        Map<Integer, String> applied = new HashMap<>();
        database.query("SELECT version, checksum FROM " + TABLE + " WHERE module = ?",
                row -> applied.put(row.getInt(1), row.getString(2)), module);
        return applied;
    }

    private void apply(String module, Migration migration) {
        try {
            database.inTransaction(() -> {
                for (String sql : SqlScript.statements(migration.sql())) {
                    database.update(sql);
                }
                database.update("INSERT INTO " + TABLE + " (module, version, description, checksum, applied_at) VALUES (?, ?, ?, ?, ?)",
                        module, migration.version(), migration.description(), migration.checksum(), Instant.now());
                return null;
            });
            LOG.info("Applied migration {} V{}: {}", module, migration.version(), migration.description());
        } catch (DuplicateKeyException e) {
            // Either another node applied the same version at the same moment (its transaction won
            // and its history row is there now), or the migration's own SQL broke a unique key.
            if (!migration.checksum().equals(appliedChecksums(module).get(migration.version()))) {
                throw failed(module, migration, e);
            }
            LOG.info("Migration {} V{} was applied concurrently elsewhere", module, migration.version());
        } catch (RuntimeException e) {
            throw failed(module, migration, e);
        }
    }

    private static MigrationException failed(String module, Migration migration, RuntimeException e) {
        return new MigrationException("migration " + module + " V" + migration.version()
                + " (" + migration.description() + ") failed: " + e.getMessage(), e);
    }
}
