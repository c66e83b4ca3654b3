package org.centrala.persistence;

/**
 * A unique or primary key constraint refused an insert or update (SQLState 23505, the same on
 * Derby and PostgreSQL). Services translate it into a conflict that names the duplicate.
 */
public class DuplicateKeyException extends DataAccessException {
    private static final long serialVersionUID = 1L;

    public DuplicateKeyException(String message, Throwable cause) {
        super(message, cause);
    }
}
