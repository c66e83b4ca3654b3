package org.centrala.directory;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Whiteboard (issue 9): a concern that keeps personal data of a user erases it when the user is
 * erased. Called in the transaction that erases the user; one that throws rolls it all back.
 */
@ConsumerType
public interface UserDataEraser {
    void eraseUser(String tenantId, String userId);
}
