package org.centrala.directory.internal;

import java.time.Clock;
import java.time.Instant;

import org.centrala.persistence.Database;

/**
 * Issue 9: what erasing users does to the directory's rows. The row stays, so that call records and
 * the audit trail keep their subject, but everything personal goes: the name becomes a pseudonym
 * made from the id, the e-mail, user name, roles, profile and ring plan are removed.
 */
final class UserErasure {
    private final Database db;
    private final Clock clock;

    UserErasure(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * In the caller's transaction: erases the users that match, those erased already excepted.
     *
     * @param where a condition on {@code directory_user} of this bundle's, never a client's
     * @return how many users it erased
     */
    int eraseUsers(String where, Object... params) {
        Instant now = TenantData.now(clock);
        String users = "SELECT id FROM directory_user WHERE erased_at IS NULL AND " + where;
        db.update("DELETE FROM user_role WHERE user_id IN (" + users + ")", params);
        db.update("DELETE FROM ring_step WHERE user_id IN (" + users + ")", params);
        db.update("DELETE FROM line_session WHERE user_id IN (" + users + ")", params);
        java.util.List<Object> all = new java.util.ArrayList<>(java.util.List.of(now, now, now));
        all.addAll(java.util.List.of(params));
        return db.update("UPDATE directory_user SET display_name = 'Erased user ' || SUBSTR(id, 1, 8), email = NULL, username = NULL,"
                + " node_login = NULL, access_profile_id = NULL, left_at = COALESCE(left_at, ?), erased_at = ?, updated_at = ?"
                + " WHERE erased_at IS NULL AND " + where, all.toArray());
    }
}
