package org.centrala.persistence.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.apache.derby.jdbc.EmbeddedDataSource;

/**
 * A fresh, empty in-memory Derby database, one per test class: creating one takes a noticeable
 * fraction of a second, so tests of a class share it and clean up what they create. It is not
 * dropped (that alone takes half a second); it goes with the forked test JVM.
 */
final class InMemoryDerby {
    static {
        // Keep derby.log out of the module directory.
        if (System.getProperty("derby.stream.error.file") == null) {
            System.setProperty("derby.stream.error.file", "target/derby.log");
        }
        // A test that waits for a lock should fail fast rather than after Derby's default minute.
        if (System.getProperty("derby.locks.waitTimeout") == null) {
            System.setProperty("derby.locks.waitTimeout", "5");
        }
    }

    final EmbeddedDataSource dataSource;

    InMemoryDerby() {
        dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName("memory:persistence-" + UUID.randomUUID());
        dataSource.setCreateDatabase("create");
    }

    /** Runs a statement on a connection of its own, outside any JdbcDatabase transaction. */
    void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Counts with a connection of its own, so only committed rows are seen. */
    long count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    boolean tableExists(String name) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             ResultSet tables = connection.getMetaData().getTables(null, null, name.toUpperCase(), new String[] {"TABLE"})) {
            return tables.next();
        }
    }

    boolean tableExistsUnchecked(String name) {
        try {
            return tableExists(name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    boolean columnExistsUnchecked(String table, String column) {
        try (Connection connection = dataSource.getConnection();
             ResultSet columns = connection.getMetaData().getColumns(null, null, table.toUpperCase(), column.toUpperCase())) {
            return columns.next();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void dropTablesIfPresent(String... tables) throws SQLException {
        for (String table : tables) {
            if (tableExists(table)) {
                execute("DROP TABLE " + table);
            }
        }
    }
}
