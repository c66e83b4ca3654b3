package org.centrala.common;

/**
 * A part of Centrala that this request needs is not running at the moment, typically because its
 * bundle is being updated. Front ends answer 503 with Retry-After: the client did nothing wrong
 * and the same request is expected to succeed shortly.
 */
public class UnavailableException extends DomainException {
    private static final long serialVersionUID = 1L;

    private final int retryAfterSeconds;

    public UnavailableException(String message, int retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
