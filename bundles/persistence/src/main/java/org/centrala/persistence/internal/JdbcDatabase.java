package org.centrala.persistence.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.centrala.persistence.DataAccessException;
import org.centrala.persistence.Database;
import org.centrala.persistence.Migration;
import org.centrala.persistence.RowMapper;
import org.centrala.persistence.TransactionalWork;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.LoggerFactory;

/**
 * {@link Database} over the DataSource that pax-jdbc-config publishes from
 * {@code etc/org.ops4j.datasource-centrala.cfg}. Another DataSource (PostgreSQL, say) is chosen
 * with the {@code dataSource.target} property of PID {@code org.centrala.persistence}.
 */
@Component(service = Database.class, configurationPid = "org.centrala.persistence")
public class JdbcDatabase implements Database {

    private final DataSource dataSource;
    private final ThreadLocal<Connection> transaction = new ThreadLocal<>();
    private final SchemaMarkers markers;
    /**
     * One module's migrations at a time on this node. Concerns start together at boot, and two of
     * them adding foreign keys to the same table in parallel (the directory and licensing both
     * refer to tenancy's tables) can deadlock in Derby's DDL locks; the loser's schema component
     * would then fail to activate, and nothing would activate it again.
     */
    private final Object migrationLock = new Object();

    @Activate
    public JdbcDatabase(BundleContext context, @Reference(name = "dataSource", target = "(dataSourceName=centrala)") DataSource dataSource) {
        this.dataSource = dataSource;
        this.markers = new SchemaMarkers(context);
    }

    /** Outside OSGi (tests): no markers are registered. */
    public JdbcDatabase(DataSource dataSource) {
        this.dataSource = dataSource;
        this.markers = new SchemaMarkers(null);
    }

    @Deactivate
    void deactivate() {
        markers.withdrawAll();
    }

    @Override
    public <T> List<T> query(String sql, RowMapper<T> mapper, Object... params) {
        return withConnection(sql, connection -> {
            try (PreparedStatement statement = prepare(connection, sql, params);
                 ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(mapper.map(rows));
                }
                return result;
            }
        });
    }

    @Override
    public <T> Optional<T> queryOne(String sql, RowMapper<T> mapper, Object... params) {
        List<T> rows = query(sql, mapper, params);
        if (rows.size() > 1) {
            throw new DataAccessException("expected at most one row but got " + rows.size() + " from: " + sql);
        }
        // A row whose mapped value is null (e.g. MIN over no rows) reads as no value.
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0));
    }

    @Override
    public long count(String sql, Object... params) {
        return queryOne(sql, row -> row.getLong(1), params)
                .orElseThrow(() -> new DataAccessException("no row from count query: " + sql));
    }

    @Override
    public int update(String sql, Object... params) {
        return withConnection(sql, connection -> {
            try (PreparedStatement statement = prepare(connection, sql, params)) {
                return statement.executeUpdate();
            }
        });
    }

    @Override
    public <T> T inTransaction(TransactionalWork<T> work) {
        if (transaction.get() != null) {
            return work.run();
        }
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            transaction.set(connection);
            try {
                T result = work.run();
                connection.commit();
                return result;
            } catch (RuntimeException | Error | SQLException e) {
                rollbackQuietly(connection, e);
                throw e;
            } finally {
                transaction.remove();
                restoreAutoCommit(connection, autoCommit);
            }
        } catch (SQLException e) {
            throw SqlErrors.translate("transaction", e);
        }
    }

    /** A failure here must not replace the error the work raised; the pool discards a broken connection anyway. */
    private static void restoreAutoCommit(Connection connection, boolean autoCommit) {
        try {
            connection.setAutoCommit(autoCommit);
        } catch (SQLException e) {
            LoggerFactory.getLogger(JdbcDatabase.class).debug("Could not restore auto-commit on a pooled connection", e);
        }
    }

    @Override
    public <T> T inNewTransaction(TransactionalWork<T> work) {
        Connection suspended = transaction.get();
        transaction.remove();
        try {
            return inTransaction(work);
        } finally {
            if (suspended != null) {
                transaction.set(suspended);
            }
        }
    }

    @Override
    public void migrate(String module, List<Migration> migrations) {
        synchronized (migrationLock) {
            new MigrationRunner(this).migrate(module, migrations);
        }
        markers.migrated(module);
    }

    /** Runs a JDBC statement on the transaction's connection, or on a pooled one of its own. */
    <T> T withConnection(String sql, SqlWork<T> work) {
        Connection joined = transaction.get();
        try {
            if (joined != null) {
                return work.run(joined);
            }
            try (Connection connection = dataSource.getConnection()) {
                return work.run(connection);
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(sql, e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object[] params) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            Parameters.bind(statement, params);
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    private static void rollbackQuietly(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
