package org.centrala.persistence;

/** A schema migration failed, or one already applied was changed after the fact. */
public class MigrationException extends DataAccessException {
    private static final long serialVersionUID = 1L;

    public MigrationException(String message, Throwable cause) {
        super(message, cause);
    }

    public MigrationException(String message) {
        super(message);
    }
}
