package org.centrala.persistence.internal;

import java.sql.SQLException;

import org.centrala.persistence.DataAccessException;
import org.centrala.persistence.DuplicateKeyException;
import org.centrala.persistence.ReferenceViolationException;

/** Maps driver errors onto the persistence API's exceptions by SQLState, which is portable. */
final class SqlErrors {
    static final String UNIQUE_VIOLATION = "23505";
    static final String FOREIGN_KEY_VIOLATION = "23503";

    private SqlErrors() {
    }

    static DataAccessException translate(String statement, SQLException e) {
        if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
            return new DuplicateKeyException("duplicate key: " + e.getMessage(), e);
        }
        if (FOREIGN_KEY_VIOLATION.equals(e.getSQLState())) {
            return new ReferenceViolationException("reference violation: " + e.getMessage(), e);
        }
        return new DataAccessException("database error (SQLState " + e.getSQLState() + ") in: " + statement, e);
    }
}
