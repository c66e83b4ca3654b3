package org.centrala.security.internal;

import org.centrala.common.Caller;
import org.centrala.directory.User;
import org.centrala.directory.UserService;
import org.centrala.security.Me;
import org.centrala.tenancy.Reseller;
import org.centrala.tenancy.ResellerService;
import org.centrala.tenancy.Tenant;
import org.centrala.tenancy.TenantService;

/** Describes a caller for {@code GET /api/v1/me}: its records, looked up now, so names and roles are current. */
final class MeDescriber {
    private final UserService users;
    private final TenantService tenants;
    private final ResellerService resellers;

    MeDescriber(UserService users, TenantService tenants, ResellerService resellers) {
        this.users = users;
        this.tenants = tenants;
        this.resellers = resellers;
    }

    Me describe(Caller caller) {
        String username = caller.name().substring(caller.name().indexOf(':') + 1);
        Me.Named reseller = caller.resellerId() == null ? null : named(resellers.get(caller.resellerId()));
        Me.Named tenant = null;
        Me.MyUser user = null;
        if (caller.tenantId() != null) {
            Tenant record = tenants.get(caller.tenantId());
            tenant = new Me.Named(record.id(), record.name());
            if (caller.userId() != null) {
                User own = users.get(caller.tenantId(), caller.userId());
                user = new Me.MyUser(own.id(), own.displayName(), own.departmentId(), own.accessProfileId());
                username = own.username() + "@" + record.signInDomain(); // what works on every node, whatever it signed in with
            }
        }
        return new Me(caller.kind(), username, reseller, tenant, user, caller.roles(), caller.functions(), caller.scope(), caller.departmentIds());
    }

    private static Me.Named named(Reseller reseller) {
        return new Me.Named(reseller.id(), reseller.name());
    }
}
