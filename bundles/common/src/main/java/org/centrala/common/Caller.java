package org.centrala.common;

import java.util.Set;


/**
 * An authenticated caller and its scope. For tenant users, {@code scope} and {@code departmentIds}
 * say whose data it may see (R18): all of the tenant, the listed departments, or only itself.
 */
public record Caller(String name, CallerKind kind, String resellerId, String tenantId, String userId,
                     Set<AccessRole> roles, Set<String> functions, DataScope scope, Set<String> departmentIds) {

    public Caller {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        functions = functions == null ? Set.of() : Set.copyOf(functions);
        departmentIds = departmentIds == null ? Set.of() : Set.copyOf(departmentIds);
    }

    public static Caller operator(String name) {
        return new Caller("operator:" + name, CallerKind.OPERATOR, null, null, null, Set.of(), Set.of(), DataScope.TENANT, Set.of());
    }

    public static Caller resellerAdmin(String username, String resellerId) {
        return new Caller("reseller-admin:" + username, CallerKind.RESELLER_ADMIN, resellerId, null, null, Set.of(), Set.of(),
                DataScope.TENANT, Set.of());
    }

    public boolean hasRole(AccessRole role) {
        return roles.contains(role);
    }
}
