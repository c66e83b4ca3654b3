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

    /**
     * The record was written by someone else between its read and this write (found by the write's
     * own check of the version, so the current version is not at hand).
     *
     * @param what how the message names the record, such as "device 'f3a…'"
     */
    public static StaleVersionException changedMeanwhile(String what) {
        return new StaleVersionException(what + " was changed by someone else since it was read; read it again and apply"
                + " the change to what it is now", null);
    }

    /** The version the resource has now (its ETag), or null if it is not known. */
    public String currentVersion() {
        return currentVersion;
    }
}
