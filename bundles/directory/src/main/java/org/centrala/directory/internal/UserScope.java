package org.centrala.directory.internal;

import org.centrala.common.Caller;
import org.centrala.common.NotFoundException;
import org.centrala.common.ValidationException;
import org.centrala.directory.User;
import org.centrala.directory.UserService;
import org.centrala.web.Access;

/**
 * R18 for the REST and SOAP front ends alike: a caller whose data scope is some departments sees,
 * changes and creates users of those departments only; anyone else's user looks exactly like one
 * that does not exist.
 */
public final class UserScope {
    private UserScope() {
    }

    /** The user, if the caller may see it. */
    public static User visibleUser(UserService users, Caller caller, String tenantId, String userId) {
        User user = users.get(tenantId, userId);
        if (!Access.seesUser(caller, user.id(), user.departmentId())) {
            throw new NotFoundException("User", userId);
        }
        return user;
    }

    /** Nor does it create users in, or move them to, a department outside its scope. */
    public static void requireDepartment(Caller caller, String departmentId) {
        if (!Access.seesWholeTenant(caller) && (departmentId == null || !caller.departmentIds().contains(departmentId))) {
            throw new ValidationException("departmentId", "must be one of your departments " + caller.departmentIds());
        }
    }

    /**
     * The department a list of users is narrowed to: whatever the caller asked for when it sees
     * the whole tenant; otherwise one of its departments at a time, the one asked for or its only
     * one (R18).
     */
    public static String listedDepartment(Caller caller, String asked) {
        if (Access.seesWholeTenant(caller)) {
            return asked;
        }
        if (asked != null) {
            if (!caller.departmentIds().contains(asked)) {
                throw new NotFoundException("Department", asked);
            }
            return asked;
        }
        if (caller.departmentIds().size() == 1) {
            return caller.departmentIds().iterator().next();
        }
        throw new ValidationException("departmentId", "is required: name one of your departments " + caller.departmentIds());
    }
}
