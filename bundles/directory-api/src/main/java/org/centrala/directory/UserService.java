package org.centrala.directory;

import org.centrala.common.Page;
import org.centrala.common.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/** R4-R7, R13-R16: users of a tenant and the channels they are licensed for. */
@ProviderType
public interface UserService {
    User create(String tenantId, UserDraft draft);

    User get(String tenantId, String id);

    /** The type of a user cannot change: a contact-centre user and a back-office user are billed and routed differently. */
    default User update(String tenantId, String id, UserDraft draft) {
        return update(tenantId, id, draft, null);
    }

    /**
     * As {@link #update(String, String, UserDraft)}, only if the user is still as it was at
     * {@code expectedUpdatedAt} (null: whatever it is now); otherwise
     * {@link org.centrala.common.StaleVersionException} and nothing is written. The tenant's last
     * active ADMINISTRATOR cannot lose the role (a conflict that says what to do).
     */
    User update(String tenantId, String id, UserDraft draft, java.time.Instant expectedUpdatedAt);

    /**
     * R15: the user leaves. Its licences are freed, its devices unassigned, its line released;
     * the user stays readable (with {@code leftAt}) for call records and the audit trail. The
     * tenant's last active ADMINISTRATOR cannot leave (a conflict that says what to do).
     */
    User leave(String tenantId, String id);

    /**
     * A user who left comes back (issue 9): active again with the same id, history, user name and
     * password; its licences, devices and line are not given back (grant and assign them again).
     * A user who has not left is a conflict.
     */
    User reactivate(String tenantId, String id);

    /**
     * Erases a user who left, on request (issue 9): its name becomes a pseudonym, its e-mail, user
     * name, roles and profile go, every {@link UserDataEraser} erases its part (its credential);
     * call records and the audit trail keep referring to it by id. Audited. Final: an erased user
     * cannot be reactivated. A user who has not left is a conflict.
     */
    User erase(String tenantId, String id);

    /**
     * @param includeLeft also users who have left
     * @param request sort keys: displayName (default), createdAt
     */
    default Page<User> list(String tenantId, String departmentId, boolean includeLeft, PageRequest request) {
        return find(tenantId, new UserQuery(null, null, null, departmentId, null, null, null,
                includeLeft ? UserQuery.Left.ANY : UserQuery.Left.NO), request);
    }

    /**
     * The tenant's users that match the query (issue 9: search by name, user name, e-mail, phone
     * number, department, type, role, left or not).
     *
     * @param request sort keys: displayName (default), createdAt
     */
    Page<User> find(String tenantId, UserQuery query, PageRequest request);

    /** R13, R14: gives the user a channel, taking one licence of it. Only contact-centre users hold licences. */
    User grantChannel(String tenantId, String userId, String channel);

    /** Takes the channel away and frees its licence for someone else (R15). */
    User revokeChannel(String tenantId, String userId, String channel);
}
