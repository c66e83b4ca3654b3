package org.centrala.common;

/**
 * The caller asked for this too often (for example click-to-call, issue 11): front ends answer 429
 * with Retry-After. The request itself was fine and succeeds later.
 */
public class RateLimitedException extends DomainException {
    private static final long serialVersionUID = 1L;

    private final long retryAfterSeconds;

    public RateLimitedException(String message, long retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
