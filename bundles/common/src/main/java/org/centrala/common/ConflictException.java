package org.centrala.common;

/**
 * The request is well formed but clashes with the current state: a duplicate name, or a delete
 * that would orphan dependent data. The message says what clashes and how to resolve it.
 */
public class ConflictException extends DomainException {
    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(message);
    }
}
