package org.centrala.persistence;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The one database of a Centrala node. Statements take positional {@code ?} parameters; inside
 * {@link #inTransaction} every call on the same thread joins that transaction.
 *
 * <p>SQL given here must run on Derby and PostgreSQL alike: standard types, {@code OFFSET ? ROWS
 * FETCH NEXT ? ROWS ONLY} for paging, no vendor functions.
 */
@ProviderType
public interface Database {

    <T> List<T> query(String sql, RowMapper<T> mapper, Object... params);

    /** @throws DataAccessException if the query yields more than one row */
    <T> Optional<T> queryOne(String sql, RowMapper<T> mapper, Object... params);

    /** Runs a {@code SELECT COUNT(*) ...} (or any single-number query) and returns the number. */
    long count(String sql, Object... params);

    /**
     * @return the number of rows changed
     * @throws DuplicateKeyException if a unique or primary key constraint refused the change
     */
    int update(String sql, Object... params);

    /**
     * Runs the work in one transaction: committed if it returns, rolled back if it throws
     * (the exception is passed on unchanged). Nested calls join the outer transaction.
     */
    <T> T inTransaction(TransactionalWork<T> work);

    /**
     * Runs the work in a transaction of its own, even when called inside another one, which is
     * suspended meanwhile (like REQUIRES_NEW). For bookkeeping that must commit, or fail, apart
     * from the caller's work: PostgreSQL aborts a whole transaction on a failed statement, so a
     * statement that may fail and is then recovered from belongs here.
     */
    <T> T inNewTransaction(TransactionalWork<T> work);

    /**
     * Brings the module's schema to the newest of the given migrations, each in its own
     * transaction, and checks that migrations applied earlier have not been edited since.
     *
     * @param module a stable name that owns the migrations, e.g. {@code tenancy}
     * @throws MigrationException if a migration fails or an applied one changed
     */
    void migrate(String module, List<Migration> migrations);
}
