package org.centrala.ui.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.centrala.ui.client.model.AccessRole;
import org.centrala.ui.client.model.CallerKind;
import org.centrala.ui.client.model.Me;
import org.centrala.ui.client.model.Named;
import org.junit.Test;

/** What each role is offered, from /me; the core still decides every request. */
public class PermissionsTest {

    private static Permissions of(CallerKind kind, Set<AccessRole> roles, Set<String> functions) {
        return new Permissions(new Me().kind(kind).roles(roles).functions(functions).tenant(new Named().id("t1").name("Acme")));
    }

    @Test
    public void operatorsSeeTheNodeAndEveryTenantArea() {
        Permissions may = of(CallerKind.OPERATOR, Set.of(), Set.of());
        assertThat(may.resellers()).isTrue();
        assertThat(may.health()).isTrue();
        assertThat(may.manyTenants()).isTrue();
        assertThat(may.billing()).isTrue();
    }

    @Test
    public void aTenantAdministratorHasEveryTenantAreaButNoNodeArea() {
        Permissions may = of(CallerKind.TENANT_USER, Set.of(AccessRole.ADMINISTRATOR), Set.of());
        assertThat(may.users()).isTrue();
        assertThat(may.devices()).isTrue();
        assertThat(may.licences()).isTrue();
        assertThat(may.billing()).isTrue();
        assertThat(may.audit()).isTrue();
        assertThat(may.manyTenants()).isFalse();
        assertThat(may.health()).isFalse();
        assertThat(may.ownTenant()).contains("t1");
    }

    @Test
    public void aSupervisorReadsUsersAndCallsOnly() {
        Permissions may = of(CallerKind.TENANT_USER, Set.of(AccessRole.SUPERVISOR), Set.of());
        assertThat(may.users()).isTrue();
        assertThat(may.calls()).isTrue();
        assertThat(may.devices()).isFalse();
        assertThat(may.billing()).isFalse();
        assertThat(may.audit()).isFalse();
    }

    @Test
    public void anAccessProfileAddsItsFunctions() {
        Permissions may = of(CallerKind.TENANT_USER, Set.of(), Set.of("billing.view"));
        assertThat(may.billing()).isTrue();
        assertThat(may.devices()).isFalse();
    }
}
