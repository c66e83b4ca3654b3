package org.centrala.directory;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Whiteboard (issue 11): told when a user stopped holding a hot-desk line (R11), after the change
 * is kept, so that what hung on the line (the agent's queue membership) ends with it. Called on the
 * thread that released the line; a listener that fails does not undo the release.
 */
@ConsumerType
public interface LineListener {
    void lineReleased(String tenantId, Line line, String userId);
}
