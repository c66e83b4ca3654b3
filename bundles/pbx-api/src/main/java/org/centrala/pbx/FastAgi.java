package org.centrala.pbx;

/**
 * The FastAGI whiteboard (issue 11). A bundle serves a FastAGI script by registering an
 * {@code org.asteriskjava.fastagi.AgiScript} service with the script's name in {@link #SCRIPT}; the
 * node's FastAGI server runs it for every request to {@code agi://<node>:<port>/<name>}. Scripts
 * may come and go while the server runs; a request for a name no script has is refused without
 * error in the log. A script handles its own failures: a caller who hangs up is not an error.
 */
public final class FastAgi {
    /** Service property (String): the script's name, the path of the AGI URL, e.g. {@code route}. */
    public static final String SCRIPT = "centrala.agi.script";

    private FastAgi() {
    }
}
