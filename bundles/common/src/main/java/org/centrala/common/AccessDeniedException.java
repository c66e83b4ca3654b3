package org.centrala.common;

/**
 * The caller is known and inside the right tenant, but its role does not allow the operation
 * (403). Callers outside the tenant get a {@link NotFoundException} instead, so that they learn
 * nothing about it (R1).
 */
public class AccessDeniedException extends DomainException {
    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }
}
