package org.centrala.security.internal;

import java.util.Set;

import org.centrala.directory.AccessProfile;
import org.centrala.directory.AccessProfileService;
import org.centrala.common.AccessRole;
import org.centrala.common.DataScope;
import org.centrala.directory.User;
import org.centrala.common.Caller;
import org.centrala.common.CallerKind;

/**
 * The scope of a contact-centre user (R7, R18): administrators see their whole tenant; otherwise
 * the access profile decides; a supervisor without a profile sees its own department (R18's
 * "each manager watches their own department"); anyone else only itself.
 */
final class CallerFactory {
    private final AccessProfileService profiles;

    CallerFactory(AccessProfileService profiles) {
        this.profiles = profiles;
    }

    Caller forUser(User user, String resellerId) {
        AccessProfile profile = user.accessProfileId() == null ? null : profiles.get(user.tenantId(), user.accessProfileId());
        Set<String> functions = profile == null ? Set.of() : profile.functions();
        DataScope scope;
        Set<String> departments;
        if (user.roles().contains(AccessRole.ADMINISTRATOR)) {
            scope = DataScope.TENANT;
            departments = Set.of();
        } else if (profile != null) {
            scope = profile.scope();
            departments = profile.departmentIds();
        } else if (user.roles().contains(AccessRole.SUPERVISOR) && user.departmentId() != null) {
            scope = DataScope.DEPARTMENTS;
            departments = Set.of(user.departmentId());
        } else {
            scope = DataScope.OWN;
            departments = Set.of();
        }
        // The user's id, not its name: audit entries name actors, and an erased user's entries must keep only a pseudonym (issue 9).
        return new Caller("user:" + user.id(), CallerKind.TENANT_USER, resellerId, user.tenantId(), user.id(), user.roles(),
                functions, scope, departments);
    }
}
