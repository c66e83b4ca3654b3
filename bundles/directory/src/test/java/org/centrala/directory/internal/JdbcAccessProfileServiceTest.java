package org.centrala.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.centrala.directory.internal.Expect.fields;
import static org.centrala.directory.internal.Expect.thrown;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import org.centrala.common.ConflictException;
import org.centrala.common.NotFoundException;
import org.centrala.common.PageRequest;
import org.centrala.common.ValidationException;
import org.centrala.directory.AccessProfile;
import org.centrala.directory.AccessProfileDraft;
import org.centrala.common.DataScope;
import org.centrala.directory.Functions;
import org.centrala.directory.User;
import org.centrala.directory.UserDraft;
import org.centrala.directory.UserType;
import org.centrala.tenancy.Department;
import org.centrala.tenancy.Tenant;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;

public class JdbcAccessProfileServiceTest {
    private static DirectoryFixture fixture;
    private JdbcAccessProfileService profiles;
    private Tenant tenant;

    @BeforeClass
    public static void createDatabase() {
        fixture = new DirectoryFixture();
    }

    @AfterClass
    public static void forgetDatabase() {
        fixture = null;
    }

    @Before
    public void newTenant() {
        fixture.resetClock();
        profiles = fixture.profiles;
        tenant = fixture.tenant();
    }

    private User agentWith(AccessProfile profile) {
        return fixture.users.create(tenant.id(), new UserDraft(UserType.CONTACT_CENTRE, null, "Agent", null, fixture.username(), null,
                profile.id()));
    }

    @Test
    public void r18_managerProfileSeesOnlyItsDepartments() {
        Department belgrade = fixture.department(tenant, "RS");
        Department novi = fixture.department(tenant, "RS");

        AccessProfile manager = profiles.create(tenant.id(), new AccessProfileDraft(" Belgrade managers ",
                Set.of("dashboard", "statistics.team", "users.manage"), DataScope.DEPARTMENTS, Set.of(belgrade.id(), novi.id())));

        assertThat(manager.tenantId()).isEqualTo(tenant.id());
        assertThat(manager.name()).isEqualTo("Belgrade managers");
        assertThat(manager.functions()).containsExactlyInAnyOrder("dashboard", "statistics.team", "users.manage");
        assertThat(manager.scope()).isEqualTo(DataScope.DEPARTMENTS);
        assertThat(manager.departmentIds()).containsExactlyInAnyOrder(belgrade.id(), novi.id());
        assertThat(manager.createdAt()).isEqualTo(fixture.clock.instant());
        assertThat(profiles.get(tenant.id(), manager.id())).isEqualTo(manager);

        fixture.clock.advance(Duration.ofMinutes(1));
        AccessProfile narrowed = profiles.update(tenant.id(), manager.id(),
                new AccessProfileDraft("Belgrade managers", Set.of("dashboard"), DataScope.DEPARTMENTS, Set.of(belgrade.id())));
        assertThat(narrowed.departmentIds()).containsExactly(belgrade.id());
        assertThat(narrowed.updatedAt()).isEqualTo(fixture.clock.instant());

        AccessProfile whole = profiles.update(tenant.id(), manager.id(),
                new AccessProfileDraft("Tenant admins", Functions.ALL, DataScope.TENANT, null));
        assertThat(whole.departmentIds()).isEmpty();
        assertThat(whole.functions()).isEqualTo(Functions.ALL);
        assertThat(profiles.create(tenant.id(), new AccessProfileDraft("Nothing", null, DataScope.OWN, null)).functions()).isEmpty();
    }

    @Test
    public void r7_profileValidationNamesEveryBadField() {
        Department belgrade = fixture.department(tenant, "RS");

        assertThat(fields(thrown(ValidationException.class, () -> profiles.create(tenant.id(),
                new AccessProfileDraft(" ", Set.of("calls", "teleport"), null, null))))).containsExactlyInAnyOrder("name", "functions", "scope");
        assertThat(thrown(ValidationException.class, () -> profiles.create(tenant.id(),
                new AccessProfileDraft("P", Set.of("teleport"), DataScope.OWN, null)))).hasMessageContaining("[teleport]");
        assertThat(fields(thrown(ValidationException.class, () -> profiles.create(tenant.id(),
                new AccessProfileDraft("P", Set.of(), DataScope.DEPARTMENTS, Set.of()))))).containsExactly("departmentIds");
        assertThat(fields(thrown(ValidationException.class, () -> profiles.create(tenant.id(),
                new AccessProfileDraft("P", Set.of(), DataScope.OWN, Set.of(belgrade.id())))))).containsExactly("departmentIds");
        assertThat(fields(thrown(ValidationException.class, () -> profiles.create(tenant.id(),
                new AccessProfileDraft("P", Set.of(), DataScope.TENANT, Set.of(belgrade.id())))))).containsExactly("departmentIds");
        assertThat(profiles.list(tenant.id(), PageRequest.first(10)).total()).isZero();
    }

    @Test
    public void r18_departmentsOfAnotherTenantAreRefused() {
        Department ours = fixture.department(tenant, "RS");
        Department theirs = fixture.department(fixture.tenant(), "DE");

        assertThat(fields(thrown(ValidationException.class, () -> profiles.create(tenant.id(),
                new AccessProfileDraft("Spies", Set.of(), DataScope.DEPARTMENTS, Set.of(ours.id(), theirs.id()))))))
                .containsExactly("departmentIds");
        assertThat(profiles.list(tenant.id(), PageRequest.first(10)).items()).as("nothing half-stored").isEmpty();

        AccessProfile managers = profiles.create(tenant.id(), new AccessProfileDraft("Managers", Set.of(), DataScope.DEPARTMENTS, Set.of(ours.id())));
        assertThat(fields(thrown(ValidationException.class, () -> profiles.update(tenant.id(), managers.id(),
                new AccessProfileDraft("Managers", Set.of(), DataScope.DEPARTMENTS, Set.of(theirs.id())))))).containsExactly("departmentIds");
        assertThat(profiles.get(tenant.id(), managers.id())).isEqualTo(managers);
    }

    @Test
    public void r18_profileNamesAreUniquePerTenantWhateverTheirCase() {
        AccessProfile agents = profiles.create(tenant.id(), new AccessProfileDraft("Agents", Set.of("calls"), DataScope.OWN, null));
        AccessProfile supervisors = profiles.create(tenant.id(), new AccessProfileDraft("Supervisors", Set.of(), DataScope.TENANT, null));

        assertThat(thrown(ConflictException.class, () -> profiles.create(tenant.id(), new AccessProfileDraft(" AGENTS", Set.of(), DataScope.OWN, null))))
                .hasMessageContaining("AGENTS");
        assertThat(thrown(ConflictException.class, () -> profiles.update(tenant.id(), supervisors.id(),
                new AccessProfileDraft("agents", Set.of(), DataScope.OWN, null)))).isNotNull();
        assertThat(profiles.create(fixture.tenant().id(), new AccessProfileDraft("Agents", Set.of(), DataScope.OWN, null)).name())
                .as("another tenant may use the name").isEqualTo("Agents");
        assertThat(profiles.list(tenant.id(), PageRequest.first(10)).items()).containsExactly(agents, supervisors);
    }

    @Test
    public void r1_profilesOfAnotherTenantAreNotFound() {
        AccessProfile agents = profiles.create(tenant.id(), new AccessProfileDraft("Agents", Set.of("calls"), DataScope.OWN, null));
        Tenant other = fixture.tenant();

        assertThat(thrown(NotFoundException.class, () -> profiles.get(other.id(), agents.id())).id()).isEqualTo(agents.id());
        assertThat(thrown(NotFoundException.class, () -> profiles.update(other.id(), agents.id(),
                new AccessProfileDraft("Mine now", Set.of(), DataScope.OWN, null)))).isNotNull();
        assertThat(thrown(NotFoundException.class, () -> profiles.delete(other.id(), agents.id()))).isNotNull();
        assertThat(thrown(NotFoundException.class, () -> profiles.delete(tenant.id(), UUID.randomUUID().toString()))).isNotNull();
        assertThat(profiles.get(tenant.id(), agents.id())).isEqualTo(agents);
    }

    @Test
    public void r7_profileCannotBeDeletedWhileAnActiveUserHasIt() {
        AccessProfile agents = profiles.create(tenant.id(), new AccessProfileDraft("Agents", Set.of("calls"), DataScope.OWN, null));
        User agent = agentWith(agents);

        assertThat(thrown(ConflictException.class, () -> profiles.delete(tenant.id(), agents.id()))).hasMessageContaining("1 user(s)");
        assertThat(profiles.get(tenant.id(), agents.id())).isEqualTo(agents);

        fixture.users.leave(tenant.id(), agent.id());
        profiles.delete(tenant.id(), agents.id());

        assertThat(thrown(NotFoundException.class, () -> profiles.get(tenant.id(), agents.id()))).isNotNull();
        assertThat(fixture.users.get(tenant.id(), agent.id()).accessProfileId()).isNull();
    }
}
