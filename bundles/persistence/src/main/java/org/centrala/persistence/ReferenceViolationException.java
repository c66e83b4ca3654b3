package org.centrala.persistence;

/**
 * A foreign key constraint refused a change: a row still refers to the one being deleted, or a
 * referenced row is missing (SQLState 23503 on Derby and PostgreSQL).
 */
public class ReferenceViolationException extends DataAccessException {
    private static final long serialVersionUID = 1L;

    public ReferenceViolationException(String message, Throwable cause) {
        super(message, cause);
    }
}
