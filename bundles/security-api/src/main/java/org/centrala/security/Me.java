package org.centrala.security;

import java.util.Set;

import org.centrala.common.AccessRole;
import org.centrala.common.CallerKind;
import org.centrala.common.DataScope;

/**
 * Who a caller is and what it may do, as a client needs to know it on its first screen: its kind,
 * the name it logs in with, its reseller, tenant and user (each absent where it has none), its
 * roles and access-profile functions (R7) and the data it may see (R18: the whole tenant, some
 * departments, or only its own).
 */
public record Me(CallerKind kind, String username, Named reseller, Named tenant, MyUser user, Set<AccessRole> roles,
                 Set<String> functions, DataScope scope, Set<String> departmentIds) {

    public Me {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        functions = functions == null ? Set.of() : Set.copyOf(functions);
        departmentIds = departmentIds == null ? Set.of() : Set.copyOf(departmentIds);
    }

    /** A reseller or a tenant: its id and its name. */
    public record Named(String id, String name) {
    }

    /** A tenant user's own record, as far as the user may know it. */
    public record MyUser(String id, String displayName, String departmentId, String accessProfileId) {
    }
}
