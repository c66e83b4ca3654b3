package org.centrala.ui.core;

import java.util.Collection;
import java.util.Optional;

import org.centrala.ui.client.model.AccessRole;
import org.centrala.ui.client.model.CallerKind;
import org.centrala.ui.client.model.Me;

/**
 * What the signed-in user's screens offer, read from {@code /me}. Only a convenience: the core
 * decides every request again, and a refusal is shown as such (a hidden button is not the security).
 */
public final class Permissions {
    private final Me me;

    Permissions(Me me) {
        this.me = me;
    }

    public boolean operator() {
        return me.getKind() == CallerKind.OPERATOR;
    }

    public boolean resellerAdmin() {
        return me.getKind() == CallerKind.RESELLER_ADMIN;
    }

    public boolean tenantUser() {
        return me.getKind() == CallerKind.TENANT_USER;
    }

    /** Operators and reseller administrators look after many tenants; a tenant's users after their own. */
    public boolean manyTenants() {
        return operator() || resellerAdmin();
    }

    public boolean resellers() {
        return operator();
    }

    public boolean health() {
        return operator();
    }

    public boolean tenantAdministration() {
        return manyTenants() || role(AccessRole.ADMINISTRATOR);
    }

    public boolean users() {
        return manyTenants() || function("users.manage") || role(AccessRole.SUPERVISOR) || role(AccessRole.TECHNICIAN);
    }

    public boolean devices() {
        return manyTenants() || function("devices.manage");
    }

    public boolean licences() {
        return manyTenants() || function("licences.manage");
    }

    public boolean billing() {
        return manyTenants() || function("billing.view");
    }

    public boolean calls() {
        return manyTenants() || role(AccessRole.ADMINISTRATOR) || role(AccessRole.SUPERVISOR) || role(AccessRole.DEVELOPER);
    }

    /** Every tenant user who signs in is a contact-centre user (R5: back-office users never do): an agent. */
    public boolean desk() {
        return tenantUser() && me.getUser() != null;
    }

    public boolean agents() {
        return manyTenants() || role(AccessRole.ADMINISTRATOR) || role(AccessRole.SUPERVISOR) || role(AccessRole.DEVELOPER);
    }

    /** Issue 12: the wallboard and reports: who reads statistics (R18: supervisors their departments'). */
    public boolean statistics() {
        return manyTenants() || role(AccessRole.ADMINISTRATOR) || role(AccessRole.SUPERVISOR) || role(AccessRole.DEVELOPER);
    }

    /** The tenant's own totals: who sees the whole tenant, not a supervisor of some departments. */
    public boolean statisticsOfTenant() {
        return manyTenants() || role(AccessRole.ADMINISTRATOR) || role(AccessRole.DEVELOPER);
    }

    /** R18: supervisors listen to, whisper to and barge into their departments' agents' calls. */
    public boolean monitor() {
        return role(AccessRole.SUPERVISOR);
    }

    public boolean queues() {
        return manyTenants() || function("queues.manage") || role(AccessRole.SUPERVISOR) || role(AccessRole.TECHNICIAN)
                || role(AccessRole.DEVELOPER);
    }

    /** The tenant's configuration on its PBX (issue 11, item 2): administrators and technicians. */
    /** The tenant's dialling rules: every user may read them over REST; administrators and technicians change them here. */
    public boolean diallingRules() {
        return manyTenants() || role(AccessRole.ADMINISTRATOR) || role(AccessRole.TECHNICIAN);
    }

    public boolean provisioning() {
        return manyTenants() || role(AccessRole.ADMINISTRATOR) || role(AccessRole.TECHNICIAN);
    }

    public boolean audit() {
        return manyTenants() || role(AccessRole.ADMINISTRATOR);
    }

    /** The tenant a tenant user belongs to; operators and reseller administrators choose one. */
    public Optional<String> ownTenant() {
        return Optional.ofNullable(me.getTenant()).map(t -> t.getId());
    }

    public Optional<String> ownReseller() {
        return Optional.ofNullable(me.getReseller()).map(r -> r.getId());
    }

    private boolean role(AccessRole role) {
        Collection<AccessRole> roles = me.getRoles();
        return roles != null && roles.contains(role);
    }

    /** An administrator may do every function; other users those of their access profile. */
    private boolean function(String function) {
        if (role(AccessRole.ADMINISTRATOR)) {
            return true;
        }
        Collection<String> functions = me.getFunctions();
        return functions != null && functions.contains(function);
    }
}
