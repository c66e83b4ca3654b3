package org.centrala.persistence;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A counter, in the database, of the changes to what some caller may do: a password set, a user
 * who leaves, changed roles or access profile, an administrator removed, a tenant or reseller
 * suspended. Whatever remembers an outcome of authentication (a verified password, a caller's
 * roles) remembers it with the {@link #generation()} it was made at and trusts it only while the
 * generation is unchanged, so that a change takes effect on the next request, on every node that
 * shares the database.
 */
@ProviderType
public interface AccessChanges {

    /**
     * Counts a change, within the caller's transaction (or a transaction of its own): it becomes
     * visible with the change itself. Call it last in the unit of work, after the change.
     */
    void changed();

    /** The number of such changes committed so far. One read by primary key. */
    long generation();
}
