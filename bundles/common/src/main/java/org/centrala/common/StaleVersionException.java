package org.centrala.common;

/**
 * A write was made against a version of the resource that is no longer the current one (its
 * {@code If-Match} or version does not match): someone else changed it meanwhile. The client
 * reads the resource again, reapplies its change and retries; nothing was written.
 */
public class StaleVersionException extends DomainException {
    private static final long serialVersionUID = 1L;

    private final String currentVersion;

    public StaleVersionException(String message, String currentVersion) {
        super(message);
        this.currentVersion = currentVersion;
    }

    /** The version the resource has now (its ETag), or null if it is not known. */
    public String currentVersion() {
        return currentVersion;
    }
}
