package org.centrala.pbx.internal.records;

import java.sql.SQLException;

import org.centrala.common.UnavailableException;

/**
 * Whether a failure may pass by itself, so that the work is worth retrying: the database is away
 * or busy, or a service of another bundle is away while that bundle is updated (SQLState classes 08 connection, 40 rollback/deadlock, 57/58 operator or system
 * intervention, Derby's XJ start-up errors, or no SQLState at all, as a pool that cannot hand out
 * a connection reports). Anything else, such as a value the table cannot hold (22) or a bug, fails
 * the same way every time: retrying it would only hold up the work queued behind it.
 */
public final class TransientFailures {
    private TransientFailures() {
    }

    public static boolean isTransient(RuntimeException failure) {
        if (failure instanceof UnavailableException) {
            return true; // another bundle (the directory, the call-record store) is being updated
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState();
                return state == null || state.startsWith("08") || state.startsWith("40") || state.startsWith("57")
                        || state.startsWith("58") || state.startsWith("XJ");
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
