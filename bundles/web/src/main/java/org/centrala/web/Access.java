package org.centrala.web;

import java.util.Arrays;
import java.util.Set;

import org.centrala.common.AccessDeniedException;
import org.centrala.common.NotFoundException;
import org.centrala.common.AccessRole;
import org.centrala.common.DataScope;
import org.centrala.common.Caller;
import org.centrala.common.CallerKind;

/**
 * The authorization rules of the API in one place. A caller outside the path's reseller or
 * tenant gets the same 404 as for something that does not exist (R1: nothing of another tenant is
 * visible, not even whether it exists); a caller inside it without the needed role gets 403.
 */
public final class Access {
    private Access() {
    }

    /** @return true if the caller may call an operation open to these audiences with these path ids */
    public static boolean permits(Caller caller, Audience[] audiences, String resellerId, String tenantId, String userId,
                           TenantOwnership ownership) {
        return permits(caller, audiences, new String[0], resellerId, tenantId, userId, ownership);
    }

    /** @param functions access-profile functions that also allow the operation inside the caller's tenant (R7) */
    public static boolean permits(Caller caller, Audience[] audiences, String[] functions, String resellerId, String tenantId,
                                  String userId, TenantOwnership ownership) {
        if (caller.kind() == CallerKind.OPERATOR) {
            return true;
        }
        Set<Audience> allowed = Set.copyOf(Arrays.asList(audiences));
        if (allowed.contains(Audience.ANYONE)) {
            return true;
        }
        if (caller.kind() == CallerKind.RESELLER_ADMIN) {
            requireReseller(caller, resellerId);
            if (tenantId != null && !ownership.resellerOf(tenantId).map(caller.resellerId()::equals).orElse(false)) {
                throw new NotFoundException("Tenant", tenantId);
            }
            return allowed.contains(Audience.RESELLER_ADMIN);
        }
        // A tenant user: never anything of a reseller, nor of another tenant.
        if (resellerId != null) {
            return false;
        }
        if (tenantId == null) {
            return false;
        }
        if (!tenantId.equals(caller.tenantId())) {
            throw new NotFoundException("Tenant", tenantId);
        }
        return allowed.contains(Audience.TENANT_USER)
                || Arrays.stream(functions).anyMatch(caller.functions()::contains)
                || allowed.contains(Audience.TENANT_ADMIN) && caller.hasRole(AccessRole.ADMINISTRATOR)
                || allowed.contains(Audience.TECHNICIAN) && caller.hasRole(AccessRole.TECHNICIAN)
                || allowed.contains(Audience.DEVELOPER) && caller.hasRole(AccessRole.DEVELOPER)
                || allowed.contains(Audience.SUPERVISOR) && caller.hasRole(AccessRole.SUPERVISOR)
                || allowed.contains(Audience.SELF) && userId != null && userId.equals(caller.userId());
    }

    /**
     * R18: whether the caller may see data of a user in that department. Operators, reseller
     * administrators, tenant administrators and TENANT-scoped callers see all; DEPARTMENTS-scoped
     * ones the listed departments; everyone sees itself.
     */
    public static boolean seesUser(Caller caller, String userId, String departmentId) {
        if (seesWholeTenant(caller) || userId.equals(caller.userId())) {
            return true;
        }
        return caller.scope() == DataScope.DEPARTMENTS && departmentId != null && caller.departmentIds().contains(departmentId);
    }

    /** R11: agents log themselves in and out of lines; administrators and technicians may do it for anyone. */
    public static void requireSelfUnlessManager(Caller caller, String userId) {
        boolean manager = caller.kind() != CallerKind.TENANT_USER || caller.hasRole(AccessRole.ADMINISTRATOR)
                || caller.hasRole(AccessRole.TECHNICIAN);
        if (!manager && !caller.userId().equals(userId)) {
            throw new AccessDeniedException("you may log in and out of lines only as yourself");
        }
    }

    /**
     * R6: back-office users' call records and recordings are for administrators: operators,
     * reseller administrators and the tenant's ADMINISTRATOR role; not for supervisors,
     * technicians or developers, whatever their data scope.
     */
    public static boolean seesBackOfficeCalls(Caller caller) {
        return caller.kind() != CallerKind.TENANT_USER || caller.hasRole(AccessRole.ADMINISTRATOR);
    }

    /** Whether the caller's data scope is the whole tenant (or wider). */
    public static boolean seesWholeTenant(Caller caller) {
        return caller.kind() != CallerKind.TENANT_USER || caller.hasRole(AccessRole.ADMINISTRATOR)
                || caller.hasRole(AccessRole.TECHNICIAN) || caller.hasRole(AccessRole.DEVELOPER)
                || caller.scope() == DataScope.TENANT;
    }

    private static void requireReseller(Caller caller, String resellerId) {
        if (resellerId != null && !resellerId.equals(caller.resellerId())) {
            throw new NotFoundException("Reseller", resellerId);
        }
    }
}
