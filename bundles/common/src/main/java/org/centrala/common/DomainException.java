package org.centrala.common;

/**
 * A failure that the caller caused and can correct; front ends turn it into a 4xx answer or a
 * SOAP fault with the same message. Anything else that escapes a service is a fault of ours.
 */
public abstract class DomainException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected DomainException(String message) {
        super(message);
    }
}
