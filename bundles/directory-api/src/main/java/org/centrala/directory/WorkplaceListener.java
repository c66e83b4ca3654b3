package org.centrala.directory;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Whiteboard (issue 11): told when a user stops working somewhere, after the change is kept, so
 * that what hung on it (the agent's queue membership) ends with it. Called on the thread that made
 * the change; a listener that fails does not undo it.
 */
@ConsumerType
public interface WorkplaceListener {
    /** The user stopped holding a hot-desk line (R11). */
    default void lineReleased(String tenantId, Line line, String userId) {
    }

    /** The user left the company (R15): its line, devices and licences are released. */
    default void userLeft(String tenantId, String userId) {
    }
}
