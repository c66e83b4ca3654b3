package org.centrala.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.centrala.directory.internal.Expect.fields;
import static org.centrala.directory.internal.Expect.thrown;
import static org.centrala.directory.internal.DirectoryFixture.MONTH;

import java.time.Duration;
import java.util.List;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.centrala.common.ConflictException;
import org.centrala.common.NotFoundException;
import org.centrala.common.Page;
import org.centrala.common.PageRequest;
import org.centrala.common.ValidationException;
import org.centrala.directory.AccessProfile;
import org.centrala.directory.AccessProfileDraft;
import org.centrala.common.AccessRole;
import org.centrala.common.DataScope;
import org.centrala.directory.Device;
import org.centrala.directory.DeviceKind;
import org.centrala.directory.Line;
import org.centrala.directory.LineDraft;
import org.centrala.directory.RingStep;
import org.centrala.directory.User;
import org.centrala.directory.UserDraft;
import org.centrala.directory.UserType;
import org.centrala.licensing.Channel;
import org.centrala.licensing.LicencePosition;
import org.centrala.tenancy.Department;
import org.centrala.tenancy.Tenant;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;

public class JdbcUserServiceTest {
    private static DirectoryFixture fixture;
    private JdbcUserService users;
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
        users = fixture.users;
        tenant = fixture.tenant();
    }

    private static UserDraft backOffice(String name) {
        return new UserDraft(UserType.BACK_OFFICE, null, name, null, null, null, null);
    }

    private static UserDraft contactCentre(String name, String username) {
        return new UserDraft(UserType.CONTACT_CENTRE, null, name, null, username, null, null);
    }

    private int held(String channel) {
        return fixture.licences.position(tenant.id(), channel).held();
    }

    @Test
    public void r5_backOfficeUserIsCreatedWithoutLogIn() {
        Department warehouse = fixture.department(tenant, "RS");
        User created = users.create(tenant.id(), new UserDraft(UserType.BACK_OFFICE, warehouse.id(), "  Mira (warehouse) ",
                "mira@example.com", null, Set.of(), null));

        assertThat(UUID.fromString(created.id()).toString()).isEqualTo(created.id());
        assertThat(created.tenantId()).isEqualTo(tenant.id());
        assertThat(created.departmentId()).isEqualTo(warehouse.id());
        assertThat(created.type()).isEqualTo(UserType.BACK_OFFICE);
        assertThat(created.displayName()).isEqualTo("Mira (warehouse)");
        assertThat(created.email()).isEqualTo("mira@example.com");
        assertThat(created.username()).isNull();
        assertThat(created.roles()).isEmpty();
        assertThat(created.accessProfileId()).isNull();
        assertThat(created.channels()).isEmpty();
        assertThat(created.leftAt()).isNull();
        assertThat(created.createdAt()).isEqualTo(fixture.clock.instant()).isEqualTo(created.updatedAt());
        assertThat(users.get(tenant.id(), created.id())).isEqualTo(created);
    }

    @Test
    public void r5_backOfficeUserHasNoLoginCredential() {
        AccessProfile profile = fixture.profiles.create(tenant.id(), new AccessProfileDraft("Agents", Set.of("calls"), DataScope.OWN, null));

        ValidationException e = thrown(ValidationException.class, () -> users.create(tenant.id(), new UserDraft(UserType.BACK_OFFICE,
                null, "Accountant", null, "accountant", Set.of(AccessRole.SUPERVISOR), profile.id())));
        assertThat(fields(e)).containsExactlyInAnyOrder("username", "roles", "accessProfileId");

        User accountant = users.create(tenant.id(), backOffice("Accountant"));
        assertThat(fields(thrown(ValidationException.class, () -> users.update(tenant.id(), accountant.id(),
                new UserDraft(UserType.BACK_OFFICE, null, "Accountant", null, "accountant", null, null))))).containsExactly("username");
        assertThat(users.list(tenant.id(), null, false, PageRequest.first(10)).total()).isEqualTo(1);
    }

    @Test
    public void r7_contactCentreUserNeedsAValidUsername() {
        assertThat(fields(thrown(ValidationException.class, () -> users.create(tenant.id(), contactCentre("Ana", null)))))
                .containsExactly("username");
        for (String bad : List.of("ab", "Ana", "ana@example.com", "-ana", "ana smith")) {
            assertThat(fields(thrown(ValidationException.class, () -> users.create(tenant.id(), contactCentre("Ana", bad)))))
                    .as(bad).containsExactly("username");
        }
        assertThat(fields(thrown(ValidationException.class, () -> users.create(tenant.id(),
                new UserDraft(null, null, " ", "not-an-email", null, null, null))))).containsExactlyInAnyOrder("type", "displayName", "email");

        String username = fixture.username();
        User ana = users.create(tenant.id(), new UserDraft(UserType.CONTACT_CENTRE, null, "Ana", null, username,
                Set.of(AccessRole.SUPERVISOR), null));
        assertThat(ana.username()).isEqualTo(username);
        assertThat(ana.roles()).containsExactly(AccessRole.SUPERVISOR);
    }

    @Test
    public void r1_r7_aUsernameIsUniqueWithinItsTenantOnly() {
        String username = fixture.username();
        User ana = users.create(tenant.id(), contactCentre("Ana", username));
        Tenant other = fixture.tenant();

        assertThat(thrown(ConflictException.class, () -> users.create(tenant.id(), contactCentre("Ana 2", username))))
                .hasMessageContaining(username).hasMessageContaining("within a tenant");
        // Issue 9: another tenant may have the same name, and learns nothing of this one's users.
        User namesake = users.create(other.id(), contactCentre("Ana 3", username));
        assertThat(namesake.username()).isEqualTo(username);
        assertThat(users.get(tenant.id(), ana.id()).username()).isEqualTo(username);

        User bojan = users.create(tenant.id(), contactCentre("Bojan", fixture.username()));
        assertThat(thrown(ConflictException.class, () -> users.update(tenant.id(), bojan.id(), contactCentre("Bojan", username)))).isNotNull();
        assertThat(users.get(tenant.id(), bojan.id()).username()).isEqualTo(bojan.username());
        assertThat(users.update(tenant.id(), ana.id(), contactCentre("Ana Petrović", username)).displayName()).isEqualTo("Ana Petrović");
    }

    @Test
    public void r4_typeOfAUserCannotChange() {
        User agent = users.create(tenant.id(), contactCentre("Ana", fixture.username()));
        User clerk = users.create(tenant.id(), backOffice("Clerk"));

        assertThat(fields(thrown(ValidationException.class, () -> users.update(tenant.id(), agent.id(), backOffice("Ana")))))
                .containsExactly("type");
        assertThat(fields(thrown(ValidationException.class, () -> users.update(tenant.id(), clerk.id(),
                contactCentre("Clerk", fixture.username()))))).containsExactly("type");
        assertThat(users.get(tenant.id(), agent.id())).isEqualTo(agent);
    }

    @Test
    public void r18_updateReplacesDepartmentRolesAndProfile() {
        Department sales = fixture.department(tenant, "RS");
        AccessProfile profile = fixture.profiles.create(tenant.id(), new AccessProfileDraft("Sales", Set.of("calls"), DataScope.DEPARTMENTS,
                Set.of(sales.id())));
        User agent = fixture.contactCentre(tenant, AccessRole.ADMINISTRATOR, AccessRole.DEVELOPER);
        fixture.contactCentre(tenant, AccessRole.ADMINISTRATOR); // so that the agent may give up the role

        fixture.clock.advance(Duration.ofMinutes(5));
        User updated = users.update(tenant.id(), agent.id(), new UserDraft(UserType.CONTACT_CENTRE, sales.id(), "Ana", null,
                agent.username(), Set.of(AccessRole.SUPERVISOR), profile.id()));

        assertThat(updated.departmentId()).isEqualTo(sales.id());
        assertThat(updated.roles()).containsExactly(AccessRole.SUPERVISOR);
        assertThat(updated.accessProfileId()).isEqualTo(profile.id());
        assertThat(updated.createdAt()).isEqualTo(agent.createdAt());
        assertThat(updated.updatedAt()).isEqualTo(fixture.clock.instant());
    }

    @Test
    public void r1_departmentOrProfileOfAnotherTenantIsRefused() {
        Tenant other = fixture.tenant();
        Department theirs = fixture.department(other, "DE");
        AccessProfile theirProfile = fixture.profiles.create(other.id(), new AccessProfileDraft("Theirs", Set.of(), DataScope.TENANT, null));

        assertThat(fields(thrown(ValidationException.class, () -> users.create(tenant.id(),
                new UserDraft(UserType.BACK_OFFICE, theirs.id(), "Clerk", null, null, null, null))))).containsExactly("departmentId");
        assertThat(fields(thrown(ValidationException.class, () -> users.create(tenant.id(),
                new UserDraft(UserType.CONTACT_CENTRE, null, "Ana", null, fixture.username(), null, theirProfile.id())))))
                .containsExactly("accessProfileId");
        User clerk = users.create(tenant.id(), backOffice("Clerk"));
        assertThat(fields(thrown(ValidationException.class, () -> users.update(tenant.id(), clerk.id(),
                new UserDraft(UserType.BACK_OFFICE, theirs.id(), "Clerk", null, null, null, null))))).containsExactly("departmentId");

        assertThat(thrown(NotFoundException.class, () -> users.get(other.id(), clerk.id())).id()).isEqualTo(clerk.id());
        assertThat(thrown(NotFoundException.class, () -> users.leave(other.id(), clerk.id()))).isNotNull();
        String nobody = UUID.randomUUID().toString();
        assertThat(thrown(NotFoundException.class, () -> users.create(nobody, backOffice("Ghost"))).id()).isEqualTo(nobody);
        assertThat(users.list(tenant.id(), null, true, PageRequest.first(10)).items()).containsExactly(clerk);
    }

    @Test
    public void r4_numberOfUsersIsNotLimited() {
        // No licence and no pack bought: users of either type are still created.
        for (int i = 0; i < 25; i++) {
            users.create(tenant.id(), i % 2 == 0 ? backOffice("User " + i) : contactCentre("User " + i, fixture.username()));
        }
        assertThat(users.list(tenant.id(), null, false, PageRequest.first(10)).total()).isEqualTo(25);
    }

    @Test
    public void r16_freeRolesUseNoLicence() {
        User admin = fixture.contactCentre(tenant, AccessRole.values());

        assertThat(admin.roles()).isEqualTo(EnumSet.allOf(AccessRole.class));
        assertThat(admin.channels()).isEmpty();
        assertThat(fixture.licences.positions(tenant.id())).allSatisfy(p -> assertThat(p.held()).isZero());
    }

    @Test
    public void r13_grantedChannelsTakeALicenceEach() {
        fixture.licences.set(tenant.id(), Channel.VOICE, MONTH, 1);
        fixture.licences.set(tenant.id(), Channel.CHAT, MONTH, 1);
        User agent = fixture.contactCentre(tenant);

        assertThat(users.grantChannel(tenant.id(), agent.id(), Channel.VOICE).channels()).containsExactly(Channel.VOICE);
        assertThat(users.grantChannel(tenant.id(), agent.id(), Channel.CHAT).channels()).containsExactly(Channel.CHAT, Channel.VOICE);
        assertThat(users.grantChannel(tenant.id(), agent.id(), Channel.CHAT).channels()).as("idempotent").hasSize(2);
        assertThat(held(Channel.VOICE)).isEqualTo(1);
        assertThat(held(Channel.CHAT)).isEqualTo(1);

        assertThat(users.revokeChannel(tenant.id(), agent.id(), Channel.CHAT).channels()).containsExactly(Channel.VOICE);
        assertThat(held(Channel.CHAT)).isZero();
        assertThat(thrown(NotFoundException.class, () -> users.grantChannel(tenant.id(), agent.id(), "fax")).id()).isEqualTo("fax");
    }

    @Test
    public void r14_grantChannelIsRefusedWhenNoLicenceIsFree() {
        fixture.licences.set(tenant.id(), Channel.VOICE, MONTH, 1);
        User first = fixture.contactCentre(tenant);
        User second = fixture.contactCentre(tenant);
        users.grantChannel(tenant.id(), first.id(), Channel.VOICE);

        assertThat(thrown(ConflictException.class, () -> users.grantChannel(tenant.id(), second.id(), Channel.VOICE)))
                .hasMessageContaining("no free voice licence");
        assertThat(thrown(ConflictException.class, () -> users.grantChannel(tenant.id(), second.id(), Channel.EMAIL))).isNotNull();
        assertThat(users.get(tenant.id(), second.id()).channels()).isEmpty();
        assertThat(held(Channel.VOICE)).isEqualTo(1);
    }

    @Test
    public void r5_backOfficeUsersHoldNoLicence() {
        fixture.licences.set(tenant.id(), Channel.VOICE, MONTH, 5);
        User clerk = users.create(tenant.id(), backOffice("Clerk"));

        assertThat(thrown(ConflictException.class, () -> users.grantChannel(tenant.id(), clerk.id(), Channel.VOICE)))
                .hasMessageContaining("back-office");
        assertThat(held(Channel.VOICE)).isZero();
    }

    @Test
    public void r15_leaverFreesLicences() {
        fixture.licences.set(tenant.id(), Channel.VOICE, MONTH, 1);
        fixture.licences.set(tenant.id(), Channel.CHAT, MONTH, 1);
        fixture.packs.set(tenant.id(), MONTH, 1);
        User leaver = fixture.contactCentre(tenant);
        users.grantChannel(tenant.id(), leaver.id(), Channel.VOICE);
        users.grantChannel(tenant.id(), leaver.id(), Channel.CHAT);
        Device desk = fixture.device(tenant, DeviceKind.SIP_DESK_PHONE, null).device();
        Line line = fixture.lines.create(tenant.id(), new LineDraft("Desk 1", desk.id()));
        fixture.lines.logIn(tenant.id(), line.id(), leaver.id());

        fixture.clock.advance(Duration.ofDays(3));
        User left = users.leave(tenant.id(), leaver.id());

        assertThat(left.leftAt()).isEqualTo(fixture.clock.instant());
        assertThat(left.channels()).isEmpty();
        assertThat(held(Channel.VOICE)).isZero();
        assertThat(held(Channel.CHAT)).isZero();
        assertThat(fixture.lines.get(tenant.id(), line.id()).heldBy()).as("its line session ended").isNull();
        assertThat(users.get(tenant.id(), leaver.id())).as("still readable").isEqualTo(left);

        // R15: the licence is handed to a newcomer.
        User newcomer = fixture.contactCentre(tenant);
        assertThat(users.grantChannel(tenant.id(), newcomer.id(), Channel.VOICE).channels()).containsExactly(Channel.VOICE);
        assertThat(fixture.lines.logIn(tenant.id(), line.id(), newcomer.id()).heldBy()).isEqualTo(newcomer.id());
    }

    @Test
    public void r15_leaverLosesItsDevicesAndRingPlanButStaysReadable() {
        fixture.packs.set(tenant.id(), MONTH, 1);
        User clerk = users.create(tenant.id(), backOffice("Clerk"));
        Device desk = fixture.device(tenant, DeviceKind.SIP_DESK_PHONE, clerk.id()).device();
        Device mobile = fixture.device(tenant, DeviceKind.MOBILE_PHONE, clerk.id()).device();
        fixture.ringPlans.set(tenant.id(), clerk.id(), List.of(new RingStep(List.of(desk.id()), 10), new RingStep(List.of(mobile.id()), 20)));

        User left = users.leave(tenant.id(), clerk.id());

        assertThat(left.leftAt()).isNotNull();
        assertThat(fixture.devices.get(tenant.id(), desk.id()).ownerUserId()).isNull();
        assertThat(fixture.devices.get(tenant.id(), mobile.id()).ownerUserId()).isNull();
        assertThat(fixture.db.count("SELECT COUNT(*) FROM ring_step WHERE user_id = ?", clerk.id())).isZero();
        assertThat(fixture.db.count("SELECT COUNT(*) FROM ring_step_device WHERE user_id = ?", clerk.id())).isZero();
        assertThat(thrown(NotFoundException.class, () -> fixture.ringPlans.get(tenant.id(), clerk.id()))).isNotNull();
        // Devices that were in its ring plan can go now.
        fixture.devices.delete(tenant.id(), desk.id());

        assertThat(users.list(tenant.id(), null, false, PageRequest.first(10)).items()).isEmpty();
        assertThat(users.list(tenant.id(), null, true, PageRequest.first(10)).items()).containsExactly(left);
        assertThat(thrown(ConflictException.class, () -> users.leave(tenant.id(), clerk.id()))).hasMessageContaining("left");
        assertThat(thrown(ConflictException.class, () -> users.update(tenant.id(), clerk.id(), backOffice("Clerk")))).isNotNull();
        assertThat(thrown(ConflictException.class, () -> users.grantChannel(tenant.id(), clerk.id(), Channel.VOICE))).isNotNull();
    }

    @Test
    public void r4_usersAreListedByDepartmentAndPage() {
        Department belgrade = fixture.department(tenant, "RS");
        Department berlin = fixture.department(tenant, "DE");
        User zoran = users.create(tenant.id(), new UserDraft(UserType.BACK_OFFICE, belgrade.id(), "Zoran", null, null, null, null));
        User ana = users.create(tenant.id(), new UserDraft(UserType.BACK_OFFICE, belgrade.id(), "Ana", null, null, null, null));
        User hans = users.create(tenant.id(), new UserDraft(UserType.BACK_OFFICE, berlin.id(), "Hans", null, null, null, null));

        Page<User> firstPage = users.list(tenant.id(), null, false, PageRequest.first(2));
        assertThat(firstPage.items()).containsExactly(ana, hans);
        assertThat(firstPage.total()).isEqualTo(3);
        assertThat(users.list(tenant.id(), null, false, new PageRequest(1, 2, null, null)).items()).containsExactly(zoran);
        assertThat(users.list(tenant.id(), belgrade.id(), false, PageRequest.first(10)).items()).containsExactly(ana, zoran);
        assertThat(users.list(fixture.tenant().id(), null, true, PageRequest.first(10)).items()).as("another tenant's").isEmpty();
    }

    @Test
    public void aListCarriesEachUsersOwnRolesAndChannels() {
        fixture.licences.set(tenant.id(), Channel.VOICE, MONTH, 2);
        fixture.licences.set(tenant.id(), Channel.CHAT, MONTH, 1);
        User supervisor = fixture.contactCentre(tenant, AccessRole.SUPERVISOR, AccessRole.TECHNICIAN);
        User agent = fixture.contactCentre(tenant, AccessRole.DEVELOPER);
        User clerk = users.create(tenant.id(), backOffice("Clerk"));
        users.grantChannel(tenant.id(), supervisor.id(), Channel.VOICE);
        users.grantChannel(tenant.id(), supervisor.id(), Channel.CHAT);
        users.grantChannel(tenant.id(), agent.id(), Channel.VOICE);

        List<User> listed = users.list(tenant.id(), null, false, PageRequest.first(10)).items();

        assertThat(listed).hasSize(3);
        // Read in bulk for the page, each user must still get exactly what a single read gives it.
        for (User user : listed) {
            assertThat(user).isEqualTo(users.get(tenant.id(), user.id()));
        }
        User listedSupervisor = listed.stream().filter(u -> u.id().equals(supervisor.id())).findFirst().orElseThrow();
        assertThat(listedSupervisor.roles()).containsExactlyInAnyOrder(AccessRole.SUPERVISOR, AccessRole.TECHNICIAN);
        assertThat(listedSupervisor.channels()).containsExactly(Channel.CHAT, Channel.VOICE);
        User listedClerk = listed.stream().filter(u -> u.id().equals(clerk.id())).findFirst().orElseThrow();
        assertThat(listedClerk.roles()).isEmpty();
        assertThat(listedClerk.channels()).isEmpty();
    }

    /** Issue 9, item 3: what a user may do changes at once, so every such change is counted for the log-in cache. */
    @Test
    public void changingOrLeavingAUserCountsAnAccessChangeAndCreatingOneDoesNot() {
        long start = fixture.accessChanges.generation();
        User agent = users.create(tenant.id(), contactCentre("Ana", fixture.username()));
        assertThat(fixture.accessChanges.generation()).as("a new user has no remembered log-in").isEqualTo(start);
        users.update(tenant.id(), agent.id(), new UserDraft(UserType.CONTACT_CENTRE, null, "Ana", null, agent.username(),
                Set.of(AccessRole.SUPERVISOR), null));
        assertThat(fixture.accessChanges.generation()).as("roles changed").isEqualTo(start + 1);
        users.leave(tenant.id(), agent.id());
        assertThat(fixture.accessChanges.generation()).as("left").isEqualTo(start + 2);
    }

    /** Issue 9, item 4: users are found by what people search by, each filter narrowing the others. */
    @Test
    public void findsUsersByTextUsernameEmailPhoneDepartmentTypeRoleAndDeparture() {
        Department sales = fixture.department(tenant, "RS");
        Department support = fixture.department(tenant, "RS");
        String anaName = fixture.username();
        User ana = users.create(tenant.id(), new UserDraft(UserType.CONTACT_CENTRE, sales.id(), "Ana Kovač", "Ana.K@Example.com", anaName,
                Set.of(AccessRole.SUPERVISOR), null));
        User bojan = users.create(tenant.id(), new UserDraft(UserType.CONTACT_CENTRE, support.id(), "Bojan 100%_sure", "bojan@example.com",
                fixture.username(), Set.of(), null));
        User mira = users.create(tenant.id(), new UserDraft(UserType.BACK_OFFICE, sales.id(), "Mira", null, null, Set.of(), null));
        fixture.packs.set(tenant.id(), MONTH, 1);
        fixture.devices.create(tenant.id(), new org.centrala.directory.DeviceDraft(DeviceKind.MOBILE_PHONE, "Mobile", mira.id(),
                "+381 64 123 0001", null));
        User gone = users.create(tenant.id(), new UserDraft(UserType.BACK_OFFICE, support.id(), "Ana Gone", null, null, Set.of(), null));
        users.leave(tenant.id(), gone.id());
        Tenant other = fixture.tenant();
        users.create(other.id(), new UserDraft(UserType.BACK_OFFICE, null, "Ana Elsewhere", null, null, Set.of(), null));

        assertThat(ids(new org.centrala.directory.UserQuery("ana", null, null, null, null, null, null, null)))
                .as("part of a name, any case; the tenant's own; not who left").containsExactly(ana.id());
        assertThat(ids(new org.centrala.directory.UserQuery("ana", null, null, null, null, null, null, org.centrala.directory.UserQuery.Left.ANY)))
                .containsExactlyInAnyOrder(ana.id(), gone.id());
        assertThat(ids(new org.centrala.directory.UserQuery(null, null, null, null, null, null, null, org.centrala.directory.UserQuery.Left.YES)))
                .containsExactly(gone.id());
        assertThat(ids(new org.centrala.directory.UserQuery("example.com", null, null, null, null, null, null, null)))
                .as("part of an e-mail").containsExactlyInAnyOrder(ana.id(), bojan.id());
        assertThat(ids(new org.centrala.directory.UserQuery("100%_", null, null, null, null, null, null, null)))
                .as("LIKE's wildcards are plain characters").containsExactly(bojan.id());
        assertThat(ids(new org.centrala.directory.UserQuery("a%a", null, null, null, null, null, null, null))).as("not a wildcard").isEmpty();
        assertThat(ids(new org.centrala.directory.UserQuery(null, anaName.toUpperCase(java.util.Locale.ROOT), null, null, null, null, null, null)))
                .containsExactly(ana.id());
        assertThat(ids(new org.centrala.directory.UserQuery(null, null, "ana.k@example.COM", null, null, null, null, null)))
                .containsExactly(ana.id());
        for (String number : List.of("+381641230001", "0641230001", "00381 64 123 0001", "064/123-0001")) {
            assertThat(ids(new org.centrala.directory.UserQuery(null, null, null, null, null, null, number, null))).as(number)
                    .containsExactly(mira.id());
        }
        assertThat(ids(new org.centrala.directory.UserQuery("1230001", null, null, null, null, null, null, null)))
                .as("digits of a mobile in the free text").containsExactly(mira.id());
        User withExtension = users.create(tenant.id(), new UserDraft(UserType.BACK_OFFICE, support.id(), "Desk Twenty", null, null, Set.of(),
                null, "20"));
        assertThat(ids(new org.centrala.directory.UserQuery("20", null, null, null, null, null, null, null)))
                .as("an extension by all its digits, however short (other users may have 20 in their user names)").contains(withExtension.id());
        assertThat(ids(new org.centrala.directory.UserQuery(null, null, null, null, null, null, null, null, "20")))
                .as("the extension parameter: exactly that extension, nobody whose name merely has the digits").containsExactly(withExtension.id());
        assertThat(ids(new org.centrala.directory.UserQuery(null, null, null, null, null, null, null, null, "2"))).as("not a prefix").isEmpty();
        assertThat(fields(thrown(ValidationException.class, () -> users.find(tenant.id(),
                new org.centrala.directory.UserQuery(null, null, null, null, null, null, null, null, "20a"), PageRequest.first(20)))))
                .containsExactly("extension");
        assertThat(ids(new org.centrala.directory.UserQuery(null, null, null, sales.id(), UserType.CONTACT_CENTRE, null, null, null)))
                .containsExactly(ana.id());
        assertThat(ids(new org.centrala.directory.UserQuery(null, null, null, null, null, AccessRole.SUPERVISOR, null, null)))
                .containsExactly(ana.id());
        assertThat(fields(thrown(ValidationException.class, () -> users.find(tenant.id(),
                new org.centrala.directory.UserQuery(null, null, null, null, null, null, "call me", null), PageRequest.first(20)))))
                .containsExactly("phoneNumber");
    }

    private List<String> ids(org.centrala.directory.UserQuery query) {
        return users.find(tenant.id(), query, PageRequest.first(100)).items().stream().map(User::id).toList();
    }

    /** Issue 9, item 2: a tenant that has an ADMINISTRATOR keeps one, whoever changes what. */
    @Test
    public void theLastActiveAdministratorCannotLoseTheRoleOrLeave() {
        Tenant own = fixture.tenant();
        User first = fixture.contactCentre(own, AccessRole.ADMINISTRATOR);
        UserDraft demoted = new UserDraft(UserType.CONTACT_CENTRE, null, first.displayName(), null, first.username(), Set.of(), null);
        ConflictException lose = thrown(ConflictException.class, () -> users.update(own.id(), first.id(), demoted));
        assertThat(lose.getMessage()).contains("last active ADMINISTRATOR").contains("give another contact-centre user the role ADMINISTRATOR first");
        assertThat(thrown(ConflictException.class, () -> users.leave(own.id(), first.id())).getMessage()).contains("cannot leave");
        assertThat(users.get(own.id(), first.id()).roles()).as("nothing was written").containsExactly(AccessRole.ADMINISTRATOR);

        User second = fixture.contactCentre(own, AccessRole.ADMINISTRATOR);
        users.update(own.id(), first.id(), demoted);
        assertThat(thrown(ConflictException.class, () -> users.leave(own.id(), second.id())).getMessage()).contains(second.displayName());
        User left = fixture.contactCentre(own, AccessRole.ADMINISTRATOR);
        users.leave(own.id(), left.id());
        assertThat(thrown(ConflictException.class, () -> users.leave(own.id(), second.id())))
                .as("one who left does not count").isNotNull();
    }

    /** Issue 9, item 2: a change against a version that is no longer current writes nothing. */
    @Test
    public void anUpdateAgainstAnOldVersionIsStaleAndWritesNothing() {
        User agent = fixture.contactCentre(tenant, AccessRole.DEVELOPER);
        UserDraft renamed = new UserDraft(UserType.CONTACT_CENTRE, null, "Renamed once", null, agent.username(), Set.of(), null);
        fixture.clock.advance(Duration.ofSeconds(1));
        User once = users.update(tenant.id(), agent.id(), renamed, agent.updatedAt());
        assertThat(once.displayName()).isEqualTo("Renamed once");

        UserDraft lost = new UserDraft(UserType.CONTACT_CENTRE, null, "Lost update", null, agent.username(), Set.of(), null);
        org.centrala.common.StaleVersionException stale = thrown(org.centrala.common.StaleVersionException.class,
                () -> users.update(tenant.id(), agent.id(), lost, agent.updatedAt()));
        assertThat(stale.getMessage()).contains("changed by someone else");
        assertThat(users.get(tenant.id(), agent.id()).displayName()).isEqualTo("Renamed once");
    }

    /** Issue 9, item 1: a user who left comes back as it was, without its licences. */
    @Test
    public void aUserWhoLeftIsReactivatedWithItsHistoryButNoLicences() {
        User agent = fixture.contactCentre(tenant);
        fixture.licences.set(tenant.id(), org.centrala.licensing.Channel.VOICE, MONTH, 1);
        fixture.clock.set(MONTH, 2);
        users.grantChannel(tenant.id(), agent.id(), org.centrala.licensing.Channel.VOICE);
        users.leave(tenant.id(), agent.id());
        assertThat(thrown(ConflictException.class, () -> users.leave(tenant.id(), agent.id())).getMessage()).contains(agent.displayName());

        User back = users.reactivate(tenant.id(), agent.id());
        assertThat(back.leftAt()).isNull();
        assertThat(back.username()).isEqualTo(agent.username());
        assertThat(back.channels()).as("licences are granted again, not given back").isEmpty();
        assertThat(thrown(ConflictException.class, () -> users.reactivate(tenant.id(), agent.id())).getMessage()).contains("has not left");
        assertThat(thrown(NotFoundException.class, () -> users.reactivate(fixture.tenant().id(), agent.id()))).as("R1").isNotNull();
    }

    /** Issue 9, item 1: a user who left is erased on request: a pseudonym stays for call records and the audit trail. */
    @Test
    public void aUserWhoLeftIsErasedToAPseudonymAndCannotComeBack() {
        User agent = users.create(tenant.id(), new UserDraft(UserType.CONTACT_CENTRE, null, "Jelena Erased", "jelena@example.com",
                fixture.username(), java.util.Set.of(AccessRole.SUPERVISOR), null));
        List<String> erasedByOthers = new java.util.ArrayList<>();
        org.centrala.directory.UserDataEraser credentials = (tenantId, userId) -> erasedByOthers.add(userId);
        users.bindUserEraser(credentials);
        try {
            assertThat(thrown(ConflictException.class, () -> users.erase(tenant.id(), agent.id())).getMessage())
                    .contains("has not left").contains("/users/" + agent.id());
            users.leave(tenant.id(), agent.id());

            User erased = users.erase(tenant.id(), agent.id());

            assertThat(erased.erasedAt()).isNotNull();
            assertThat(erased.displayName()).isEqualTo("Erased user " + agent.id().substring(0, 8));
            assertThat(erased.email()).isNull();
            assertThat(erased.username()).isNull();
            assertThat(erased.roles()).isEmpty();
            assertThat(erasedByOthers).containsExactly(agent.id());
            assertThat(thrown(ConflictException.class, () -> users.reactivate(tenant.id(), agent.id())).getMessage()).contains("erased");
            assertThat(users.erase(tenant.id(), agent.id())).as("erasing twice changes nothing").isEqualTo(erased);
            // Its name is free again in its tenant.
            assertThat(users.create(tenant.id(), contactCentre("Jelena again", agent.username())).username()).isEqualTo(agent.username());
        } finally {
            users.unbindUserEraser(credentials);
        }
    }

    /** Issue 9: an erased tenant's users are anonymised, its devices, lines and access profiles removed. */
    @Test
    public void theDirectoryErasesItsPartOfAnErasedTenant() {
        Tenant other = fixture.tenant();
        User agent = fixture.contactCentre(tenant);
        User kept = fixture.contactCentre(other);
        fixture.packs.set(tenant.id(), MONTH, 1);
        fixture.clock.set(MONTH, 2);
        fixture.device(tenant, org.centrala.directory.DeviceKind.SIP_DESK_PHONE, agent.id());

        new DirectoryTenantEraser(fixture.schema).eraseTenant(tenant.id());

        User erased = users.get(tenant.id(), agent.id());
        assertThat(erased.erasedAt()).isNotNull();
        assertThat(erased.leftAt()).isNotNull();
        assertThat(erased.username()).isNull();
        assertThat(fixture.db.count("SELECT COUNT(*) FROM device WHERE tenant_id = ?", tenant.id())).isZero();
        assertThat(users.get(other.id(), kept.id())).as("another tenant's user is untouched").isEqualTo(kept);
    }
}
