package org.centrala.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.centrala.security.internal.Expect.fields;
import static org.centrala.security.internal.Expect.thrown;
import static org.centrala.security.internal.SecurityFixture.PASSWORD;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.centrala.directory.UserDraft;
import org.centrala.directory.UserType;

import org.centrala.audit.AuditEntry;
import org.centrala.common.ConflictException;
import org.centrala.common.NotFoundException;
import org.centrala.common.ValidationException;
import org.centrala.directory.AccessProfile;
import org.centrala.directory.AccessProfileDraft;
import org.centrala.common.AccessRole;
import org.centrala.common.DataScope;
import org.centrala.directory.User;
import org.centrala.security.ApiToken;
import org.centrala.common.Caller;
import org.centrala.common.CallerKind;
import org.centrala.security.CredentialService;
import org.centrala.security.NewApiToken;
import org.centrala.security.Me;
import org.centrala.security.ResellerAdmin;
import org.centrala.tenancy.Department;
import org.centrala.tenancy.Reseller;
import org.centrala.tenancy.Tenant;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;

public class JdbcCredentialServiceTest {
    private static final String TOKEN = "^ct_([A-Za-z0-9]{16})_([A-Za-z0-9_-]{43})$";

    private static SecurityFixture fixture;
    /** Every password and token this class handed to the service, to search the audit log for. */
    private static final List<String> secrets = new ArrayList<>();
    private JdbcCredentialService credentials;
    private Tenant tenant;

    @BeforeClass
    public static void createDatabase() {
        fixture = new SecurityFixture();
        secrets.add(PASSWORD);
    }

    @AfterClass
    public static void forgetDatabase() {
        fixture = null;
        secrets.clear();
    }

    @Before
    public void newTenant() {
        credentials = fixture.credentials;
        tenant = fixture.tenant();
    }

    /** A contact-centre user of the test's tenant with {@link SecurityFixture#PASSWORD}. */
    private User agent(AccessRole... roles) {
        return withPassword(fixture.contactCentre(tenant, roles));
    }

    private User withPassword(User user) {
        credentials.setUserPassword(tenant.id(), user.id(), PASSWORD);
        return user;
    }

    /** What a tenant's user signs in with (issue 9): its name within the tenant, at the tenant's sign-in domain. */
    private static String signIn(User user) {
        return user.username() + "@" + fixture.tenants.get(user.tenantId()).signInDomain();
    }

    private Caller logIn(User user) {
        return credentials.checkPassword(signIn(user), PASSWORD).orElseThrow(() -> new AssertionError("cannot log in as " + user.username()));
    }

    private NewApiToken token(Caller owner) {
        NewApiToken created = credentials.createToken(owner, "CRM integration", null);
        secrets.add(created.token());
        return created;
    }

    private String password(String value) {
        secrets.add(value);
        return value;
    }

    private long credentialRows(String userId) {
        return fixture.db.count("SELECT COUNT(*) FROM credential WHERE user_id = ?", userId);
    }

    private List<String> actions(List<AuditEntry> entries) {
        return entries.stream().map(AuditEntry::action).toList();
    }

    // ---- Passwords of contact-centre users -------------------------------------------------------------

    @Test
    public void r5_backOfficeUserHasNoCredential() {
        User backOffice = fixture.backOffice(tenant);
        ConflictException e = thrown(ConflictException.class, () -> credentials.setUserPassword(tenant.id(), backOffice.id(), PASSWORD));
        assertThat(e).hasMessageContaining("back-office").hasMessageContaining("R5");
        assertThat(credentialRows(backOffice.id())).isZero();
        assertThat(actions(fixture.auditOf(tenant.id()))).doesNotContain("user.password-set");
    }

    @Test
    public void shortPasswordIsRejectedNamingPassword() {
        User user = fixture.contactCentre(tenant);
        String elevenCharacters = "abcdefghijk";
        assertThat(elevenCharacters).hasSize(CredentialService.MIN_PASSWORD_LENGTH - 1);
        for (String bad : new String[] {elevenCharacters, "", null, "x".repeat(201)}) {
            ValidationException e = thrown(ValidationException.class, () -> credentials.setUserPassword(tenant.id(), user.id(), bad));
            assertThat(fields(e)).containsExactly("password");
        }
        assertThat(credentialRows(user.id())).isZero();

        String twelveCharacters = password("abcdefghijkl");
        credentials.setUserPassword(tenant.id(), user.id(), twelveCharacters);
        assertThat(credentials.checkPassword(signIn(user), twelveCharacters)).isPresent();
    }

    @Test
    public void unknownUserOrUserOfAnotherTenantIsNotFound() {
        User user = fixture.contactCentre(tenant);
        Tenant other = fixture.tenant();
        thrown(NotFoundException.class, () -> credentials.setUserPassword(tenant.id(), "00000000-0000-0000-0000-000000000000", PASSWORD));
        // R1: a tenant's users are not reachable through another tenant.
        thrown(NotFoundException.class, () -> credentials.setUserPassword(other.id(), user.id(), PASSWORD));
        assertThat(credentialRows(user.id())).isZero();
    }

    /** Issue 9, item 3: a password set or an administrator removed voids every remembered log-in at once. */
    @Test
    public void settingAPasswordCountsAnAccessChange() {
        User user = agent();
        long before = fixture.accessChanges.generation();
        credentials.setUserPassword(tenant.id(), user.id(), "another password 456");
        assertThat(fixture.accessChanges.generation()).isEqualTo(before + 1);
        thrown(ConflictException.class, () -> credentials.setUserPassword(tenant.id(), fixture.backOffice(tenant).id(), PASSWORD));
        assertThat(fixture.accessChanges.generation()).as("a refused change counts nothing").isEqualTo(before + 1);
    }

    /** Issue 9, item 7: who am I, for each kind of caller, with the names a client shows. */
    @Test
    public void meDescribesEachKindOfCallerWithItsRecordsNames() {
        User user = agent(AccessRole.SUPERVISOR);
        Me me = credentials.me(logIn(user));
        assertThat(me.kind()).isEqualTo(CallerKind.TENANT_USER);
        assertThat(me.username()).isEqualTo(signIn(user));
        assertThat(me.tenant()).isEqualTo(new Me.Named(tenant.id(), tenant.name()));
        assertThat(me.reseller().id()).isEqualTo(tenant.resellerId());
        assertThat(me.reseller().name()).isEqualTo(fixture.resellers.get(tenant.resellerId()).name());
        assertThat(me.user().id()).isEqualTo(user.id());
        assertThat(me.user().displayName()).isEqualTo(user.displayName());
        assertThat(me.roles()).containsExactly(AccessRole.SUPERVISOR);

        Reseller reseller = fixture.reseller();
        credentials.createResellerAdmin(reseller.id(), "who@reseller.test", PASSWORD);
        Me admin = credentials.me(credentials.checkPassword("who@reseller.test", PASSWORD).orElseThrow());
        assertThat(admin.kind()).isEqualTo(CallerKind.RESELLER_ADMIN);
        assertThat(admin.username()).isEqualTo("who@reseller.test");
        assertThat(admin.reseller()).isEqualTo(new Me.Named(reseller.id(), reseller.name()));
        assertThat(admin.tenant()).isNull();
        assertThat(admin.user()).isNull();

        Me operator = credentials.me(Caller.operator("root"));
        assertThat(operator.kind()).isEqualTo(CallerKind.OPERATOR);
        assertThat(operator.username()).isEqualTo("root");
        assertThat(operator.reseller()).isNull();
        assertThat(operator.tenant()).isNull();
    }

    @Test
    public void checkPasswordGivesTheContactCentreUsersCaller() {
        User user = agent(AccessRole.TECHNICIAN, AccessRole.DEVELOPER);
        Caller caller = logIn(user);
        assertThat(caller.kind()).isEqualTo(CallerKind.TENANT_USER);
        assertThat(caller.name()).as("an id, so that the audit log holds no name (issue 9)").isEqualTo("user:" + user.id());
        assertThat(caller.tenantId()).isEqualTo(tenant.id());
        assertThat(caller.resellerId()).isEqualTo(tenant.resellerId());
        assertThat(caller.userId()).isEqualTo(user.id());
        assertThat(caller.roles()).containsExactlyInAnyOrder(AccessRole.TECHNICIAN, AccessRole.DEVELOPER);
        assertThat(caller.functions()).isEmpty();
        assertThat(caller.scope()).isEqualTo(DataScope.OWN);
        assertThat(caller.departmentIds()).isEmpty();
        // The name is matched without regard to case or surrounding blanks.
        assertThat(credentials.checkPassword("  " + signIn(user).toUpperCase(Locale.ROOT) + " ", PASSWORD)).contains(caller);
    }

    @Test
    public void wrongPasswordAndUnknownNameGiveEmpty() {
        User user = agent();
        User withoutPassword = fixture.contactCentre(tenant);
        assertThat(credentials.checkPassword(signIn(user), PASSWORD + "!")).isEmpty();
        assertThat(credentials.checkPassword(signIn(user), PASSWORD.toUpperCase(Locale.ROOT))).isEmpty();
        assertThat(credentials.checkPassword(signIn(user), "")).isEmpty();
        assertThat(credentials.checkPassword(signIn(user), null)).isEmpty();
        assertThat(credentials.checkPassword(null, PASSWORD)).isEmpty();
        assertThat(credentials.checkPassword("nobody-" + signIn(user), PASSWORD)).isEmpty();
        assertThat(credentials.checkPassword("nobody@example.com", PASSWORD)).isEmpty();
        assertThat(credentials.checkPassword(signIn(withoutPassword), PASSWORD)).isEmpty();
        assertThat(credentials.checkPassword("x".repeat(255), PASSWORD)).isEmpty();
        assertThat(credentials.checkPassword(signIn(user), "x".repeat(201))).isEmpty();
        // Still the right one works.
        assertThat(credentials.checkPassword(signIn(user), PASSWORD)).isPresent();
    }

    @Test
    public void settingAPasswordAgainReplacesTheOldOne() {
        User user = agent();
        String next = password("the next long password");
        credentials.setUserPassword(tenant.id(), user.id(), next);
        assertThat(credentials.checkPassword(signIn(user), PASSWORD)).isEmpty();
        assertThat(credentials.checkPassword(signIn(user), next)).isPresent();
        assertThat(credentialRows(user.id())).isEqualTo(1);
    }

    @Test
    public void passwordsAreStoredAsArgon2idHashesOnly() {
        User user = agent();
        String hash = fixture.db.queryOne("SELECT password_hash FROM credential WHERE user_id = ?", row -> row.getString(1), user.id())
                .orElseThrow();
        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain(PASSWORD);
    }

    @Test
    public void aNewPasswordEndsTheUsersSessionsButNotItsApiTokens() {
        User user = agent();
        Caller caller = logIn(user);
        NewApiToken session = credentials.logIn(caller);
        NewApiToken token = token(caller);

        credentials.setUserPassword(tenant.id(), user.id(), password("a new password"));

        assertThat(credentials.checkToken(session.token())).as("the session of the old password").isEmpty();
        assertThat(credentials.checkToken(token.token())).as("an integration's API token").contains(caller);
        thrown(ValidationException.class, () -> credentials.createToken(caller, " Session ", null));
    }

    @Test
    public void aUserWhoLeftCanNoLongerLogIn() {
        User user = agent();
        Caller caller = logIn(user);
        NewApiToken token = token(caller);
        assertThat(credentials.checkToken(token.token())).contains(caller);

        fixture.users.leave(tenant.id(), user.id());

        assertThat(credentials.checkPassword(signIn(user), PASSWORD)).isEmpty();
        assertThat(credentials.checkToken(token.token())).isEmpty();
        thrown(ConflictException.class, () -> credentials.setUserPassword(tenant.id(), user.id(), PASSWORD));
    }

    // ---- Reseller administrators -----------------------------------------------------------------------

    @Test
    public void resellerAdminLogsInWithItsEmailLowerCased() {
        Reseller reseller = fixture.reseller();
        String email = fixture.email();
        String mixed = email.substring(0, 1).toUpperCase(Locale.ROOT) + email.substring(1, email.indexOf('@'))
                + email.substring(email.indexOf('@')).toUpperCase(Locale.ROOT);
        String adminPassword = password("reseller admin password");

        ResellerAdmin admin = credentials.createResellerAdmin(reseller.id(), mixed, adminPassword);

        assertThat(admin.username()).isEqualTo(email);
        assertThat(admin.resellerId()).isEqualTo(reseller.id());
        assertThat(admin.createdAt()).isNotNull();
        assertThat(credentials.resellerAdmins(reseller.id())).containsExactly(admin);

        Caller caller = credentials.checkPassword(mixed, adminPassword).orElseThrow();
        assertThat(caller).isEqualTo(Caller.resellerAdmin(email, reseller.id()));
        assertThat(caller.kind()).isEqualTo(CallerKind.RESELLER_ADMIN);
        assertThat(caller.name()).isEqualTo("reseller-admin:" + email);
        assertThat(caller.resellerId()).isEqualTo(reseller.id());
        assertThat(caller.tenantId()).isNull();
        assertThat(caller.userId()).isNull();
        assertThat(credentials.checkPassword(email, adminPassword)).contains(caller);
        assertThat(credentials.checkPassword(email, PASSWORD)).isEmpty();
    }

    @Test
    public void duplicateResellerAdminIsAConflict() {
        Reseller reseller = fixture.reseller();
        Reseller another = fixture.reseller();
        String email = fixture.email();
        credentials.createResellerAdmin(reseller.id(), email, PASSWORD);
        thrown(ConflictException.class, () -> credentials.createResellerAdmin(reseller.id(), email.toUpperCase(Locale.ROOT), PASSWORD));
        // An e-mail address logs in to one reseller only.
        thrown(ConflictException.class, () -> credentials.createResellerAdmin(another.id(), email, PASSWORD));
        assertThat(credentials.resellerAdmins(reseller.id())).hasSize(1);
        assertThat(credentials.resellerAdmins(another.id())).isEmpty();
    }

    @Test
    public void resellerAdminNeedsAValidEmailAPasswordAndAReseller() {
        Reseller reseller = fixture.reseller();
        assertThat(fields(thrown(ValidationException.class, () -> credentials.createResellerAdmin(reseller.id(), "not-an-email", PASSWORD))))
                .containsExactly("email");
        assertThat(fields(thrown(ValidationException.class, () -> credentials.createResellerAdmin(reseller.id(), null, PASSWORD))))
                .containsExactly("email");
        assertThat(fields(thrown(ValidationException.class, () -> credentials.createResellerAdmin(reseller.id(), fixture.email(), "short"))))
                .containsExactly("password");
        thrown(NotFoundException.class, () -> credentials.createResellerAdmin("00000000-0000-0000-0000-000000000000", fixture.email(), PASSWORD));
        thrown(NotFoundException.class, () -> credentials.resellerAdmins("00000000-0000-0000-0000-000000000000"));
        assertThat(credentials.resellerAdmins(reseller.id())).isEmpty();
    }

    @Test
    public void deleteResellerAdminRevokesItsLogInAndTokens() {
        Reseller reseller = fixture.reseller();
        Reseller another = fixture.reseller();
        String email = fixture.email();
        credentials.createResellerAdmin(reseller.id(), email, PASSWORD);
        Caller admin = credentials.checkPassword(email, PASSWORD).orElseThrow();
        NewApiToken token = token(admin);
        assertThat(credentials.checkToken(token.token())).contains(admin);

        // Another reseller cannot delete it.
        thrown(NotFoundException.class, () -> credentials.deleteResellerAdmin(another.id(), email));
        assertThat(credentials.checkToken(token.token())).contains(admin);

        credentials.deleteResellerAdmin(reseller.id(), email.toUpperCase(Locale.ROOT));

        assertThat(credentials.checkPassword(email, PASSWORD)).isEmpty();
        assertThat(credentials.checkToken(token.token())).isEmpty();
        assertThat(credentials.resellerAdmins(reseller.id())).isEmpty();
        assertThat(fixture.db.count("SELECT COUNT(*) FROM api_token WHERE id = ?", token.apiToken().id())).isZero();
        thrown(NotFoundException.class, () -> credentials.deleteResellerAdmin(reseller.id(), email));
        thrown(NotFoundException.class, () -> credentials.deleteResellerAdmin(reseller.id(), null));
        // The address is free again.
        credentials.createResellerAdmin(reseller.id(), email, PASSWORD);
        assertThat(credentials.checkPassword(email, PASSWORD)).contains(admin);
    }

    @Test
    public void aResellerWithAdministratorsIsNotDeleted() {
        Reseller reseller = fixture.reseller();
        String email = fixture.email();
        credentials.createResellerAdmin(reseller.id(), email, PASSWORD);
        thrown(ConflictException.class, () -> fixture.resellers.delete(reseller.id()));
        assertThat(credentials.checkPassword(email, PASSWORD)).isPresent();
        credentials.deleteResellerAdmin(reseller.id(), email);
        fixture.resellers.delete(reseller.id());
        thrown(NotFoundException.class, () -> credentials.resellerAdmins(reseller.id()));
    }

    // ---- API tokens ------------------------------------------------------------------------------------

    @Test
    public void createTokenGivesATokenThatActsAsItsOwner() {
        User user = agent(AccessRole.SUPERVISOR);
        Caller owner = logIn(user);
        Instant expires = Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.MILLIS);

        NewApiToken created = credentials.createToken(owner, "  CRM screen pop  ", expires);
        secrets.add(created.token());

        assertThat(created.token()).matches(TOKEN).startsWith("ct_" + created.apiToken().id() + "_");
        assertThat(created.apiToken().name()).isEqualTo("CRM screen pop");
        assertThat(created.apiToken().expiresAt()).isEqualTo(expires);
        assertThat(created.apiToken().revokedAt()).isNull();
        assertThat(created.toString()).doesNotContain(created.token()).doesNotContain(secretOf(created));
        assertThat(credentials.checkToken(created.token())).contains(owner);

        NewApiToken second = token(owner);
        assertThat(second.apiToken().id()).isNotEqualTo(created.apiToken().id());
        assertThat(secretOf(second)).isNotEqualTo(secretOf(created));
        assertThat(credentials.checkToken(second.token())).contains(owner);
    }

    @Test
    public void resellerAdminsHaveTokensToo() {
        Reseller reseller = fixture.reseller();
        String email = fixture.email();
        credentials.createResellerAdmin(reseller.id(), email, PASSWORD);
        Caller admin = credentials.checkPassword(email, PASSWORD).orElseThrow();
        NewApiToken token = token(admin);
        assertThat(credentials.checkToken(token.token())).contains(admin);
        assertThat(credentials.tokens(admin)).extracting(ApiToken::id).containsExactly(token.apiToken().id());
    }

    @Test
    public void onlyTheSecretsHashIsStored() throws Exception {
        NewApiToken token = token(logIn(agent()));
        String stored = fixture.db.queryOne("SELECT secret_hash FROM api_token WHERE id = ?", row -> row.getString(1).trim(),
                token.apiToken().id()).orElseThrow();
        String secret = secretOf(token);
        assertThat(stored).isNotEqualTo(secret).doesNotContain(secret)
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    public void tokensNeverContainTheSecret() {
        Caller owner = logIn(agent());
        NewApiToken first = token(owner);
        NewApiToken second = token(owner);
        Caller other = logIn(agent());
        NewApiToken others = token(other);

        List<ApiToken> listed = credentials.tokens(owner);
        // Both may be created within one millisecond, so their order is not asserted.
        assertThat(listed).containsExactlyInAnyOrder(first.apiToken(), second.apiToken());
        for (ApiToken token : listed) {
            assertThat(token.toString()).doesNotContain(secretOf(first)).doesNotContain(secretOf(second));
        }
        assertThat(credentials.tokens(other)).containsExactly(others.apiToken());
    }

    @Test
    public void revokedTokensGiveEmpty() {
        Caller owner = logIn(agent());
        NewApiToken token = token(owner);
        NewApiToken kept = token(owner);
        Caller stranger = logIn(agent());

        // Only its owner can revoke a token.
        thrown(NotFoundException.class, () -> credentials.revokeToken(stranger, token.apiToken().id()));
        assertThat(credentials.checkToken(token.token())).contains(owner);

        credentials.revokeToken(owner, token.apiToken().id());

        assertThat(credentials.checkToken(token.token())).isEmpty();
        assertThat(credentials.checkToken(kept.token())).contains(owner);
        assertThat(credentials.tokens(owner)).filteredOn(t -> t.id().equals(token.apiToken().id()))
                .singleElement().satisfies(t -> assertThat(t.revokedAt()).isNotNull());
        thrown(NotFoundException.class, () -> credentials.revokeToken(owner, token.apiToken().id()));
        thrown(NotFoundException.class, () -> credentials.revokeToken(owner, "no-such-token-id"));
    }

    @Test
    public void expiredTokensGiveEmpty() {
        Caller owner = logIn(agent());
        NewApiToken token = credentials.createToken(owner, "short-lived", Instant.now().plus(Duration.ofHours(1)));
        secrets.add(token.token());
        assertThat(credentials.checkToken(token.token())).contains(owner);

        // The service reads the system clock; move the token's expiry into the past instead.
        fixture.db.update("UPDATE api_token SET expires_at = ? WHERE id = ?", Instant.now().minusSeconds(1), token.apiToken().id());

        assertThat(credentials.checkToken(token.token())).isEmpty();
    }

    @Test
    public void tokensMustExpireInTheFutureAndHaveAName() {
        Caller owner = logIn(agent());
        assertThat(fields(thrown(ValidationException.class, () -> credentials.createToken(owner, "old", Instant.now().minusSeconds(1)))))
                .containsExactly("expiresAt");
        assertThat(fields(thrown(ValidationException.class, () -> credentials.createToken(owner, null, null)))).containsExactly("name");
        assertThat(fields(thrown(ValidationException.class, () -> credentials.createToken(owner, "x".repeat(101), null))))
                .containsExactly("name");
        assertThat(credentials.tokens(owner)).isEmpty();
    }

    @Test
    public void tamperedOrMalformedTokensGiveEmpty() {
        Caller owner = logIn(agent());
        NewApiToken token = token(owner);
        NewApiToken other = token(logIn(agent()));
        String id = token.apiToken().id();
        String secret = secretOf(token);
        char last = secret.charAt(secret.length() - 1);

        List<String> bad = List.of(
                "ct_" + id + "_" + secret.substring(0, secret.length() - 1) + (last == 'A' ? 'B' : 'A'),
                "ct_" + id + "_" + secret + "x",
                "ct_" + id + "_" + secret.substring(1),
                "ct_" + id + "_",
                "ct_" + id,
                "ct_" + id + "_" + secretOf(other),                 // another token's secret
                "ct_" + other.apiToken().id() + "_" + secret,
                "xx_" + id + "_" + secret,
                id + "_" + secret,
                "CT_" + id + "_" + secret,
                "ct__" + secret,
                "ct_",
                "",
                "ct_" + id + "_" + secret + "_".repeat(200));
        for (String tampered : bad) {
            assertThat(credentials.checkToken(tampered)).as("token %s", tampered).isEmpty();
        }
        assertThat(credentials.checkToken(null)).isEmpty();
        assertThat(credentials.checkToken(token.token())).contains(owner);
    }

    @Test
    public void operatorsCannotCreateTokens() {
        Caller operator = Caller.operator("karaf");
        ConflictException e = thrown(ConflictException.class, () -> credentials.createToken(operator, "ops", null));
        assertThat(e).hasMessageContaining("operators");
        thrown(ConflictException.class, () -> credentials.tokens(operator));
        thrown(ConflictException.class, () -> credentials.revokeToken(operator, "any"));
    }

    @Test
    public void aCallerWithoutACredentialCannotCreateTokens() {
        User user = fixture.contactCentre(tenant);
        Caller noPassword = new Caller("user:" + user.id(), CallerKind.TENANT_USER, tenant.resellerId(), tenant.id(), user.id(),
                Set.of(), Set.of(), DataScope.OWN, Set.of());
        thrown(ConflictException.class, () -> credentials.createToken(noPassword, "none", null));
    }

    @Test
    public void aTokensCallerFollowsTheOwnersCurrentScope() {
        Department sales = fixture.department(tenant);
        User user = fixture.contactCentre(tenant, sales.id(), null, AccessRole.SUPERVISOR);
        withPassword(user);
        NewApiToken token = token(logIn(user));
        assertThat(credentials.checkToken(token.token()).orElseThrow().departmentIds()).containsExactly(sales.id());

        AccessProfile everything = fixture.profile(tenant, Set.of("wallboard"), DataScope.TENANT, Set.of());
        fixture.users.update(tenant.id(), user.id(), new org.centrala.directory.UserDraft(user.type(), sales.id(), user.displayName(), null,
                user.username(), user.roles(), everything.id()));

        Caller now = credentials.checkToken(token.token()).orElseThrow();
        assertThat(now.scope()).isEqualTo(DataScope.TENANT);
        assertThat(now.functions()).containsExactly("wallboard");
    }

    // ---- R18: scope ------------------------------------------------------------------------------------

    @Test
    public void r18_supervisorWithoutProfileSeesItsOwnDepartment() {
        Department belgrade = fixture.department(tenant);
        fixture.department(tenant);
        User supervisor = withPassword(fixture.contactCentre(tenant, belgrade.id(), null, AccessRole.SUPERVISOR));

        Caller caller = logIn(supervisor);

        assertThat(caller.scope()).isEqualTo(DataScope.DEPARTMENTS);
        assertThat(caller.departmentIds()).containsExactly(belgrade.id());
        assertThat(caller.roles()).containsExactly(AccessRole.SUPERVISOR);
        assertThat(caller.functions()).isEmpty();
    }

    @Test
    public void r18_supervisorWithoutDepartmentOrAgentWithoutProfileSeesOnlyItself() {
        Department belgrade = fixture.department(tenant);
        Caller supervisor = logIn(agent(AccessRole.SUPERVISOR));
        Caller agent = logIn(withPassword(fixture.contactCentre(tenant, belgrade.id(), null)));
        for (Caller caller : List.of(supervisor, agent)) {
            assertThat(caller.scope()).isEqualTo(DataScope.OWN);
            assertThat(caller.departmentIds()).isEmpty();
        }
    }

    @Test
    public void r18_profileDecidesScope() {
        Department belgrade = fixture.department(tenant);
        Department zagreb = fixture.department(tenant);
        Department skopje = fixture.department(tenant);
        AccessProfile regional = fixture.profile(tenant, Set.of("dashboard", "statistics.team"), DataScope.DEPARTMENTS,
                Set.of(belgrade.id(), zagreb.id()));
        AccessProfile own = fixture.profile(tenant, Set.of("dashboard", "statistics.own"), DataScope.OWN, Set.of());
        AccessProfile whole = fixture.profile(tenant, Set.of("wallboard"), DataScope.TENANT, Set.of());

        // A supervisor of Skopje whose profile covers Belgrade and Zagreb sees those, not Skopje.
        Caller regionalSupervisor = logIn(withPassword(fixture.contactCentre(tenant, skopje.id(), regional.id(), AccessRole.SUPERVISOR)));
        assertThat(regionalSupervisor.scope()).isEqualTo(DataScope.DEPARTMENTS);
        assertThat(regionalSupervisor.departmentIds()).containsExactlyInAnyOrder(belgrade.id(), zagreb.id());
        assertThat(regionalSupervisor.functions()).containsExactlyInAnyOrder("dashboard", "statistics.team");

        // A profile narrower than the supervisor's own department wins too.
        Caller ownSupervisor = logIn(withPassword(fixture.contactCentre(tenant, skopje.id(), own.id(), AccessRole.SUPERVISOR)));
        assertThat(ownSupervisor.scope()).isEqualTo(DataScope.OWN);
        assertThat(ownSupervisor.departmentIds()).isEmpty();
        assertThat(ownSupervisor.functions()).containsExactlyInAnyOrder("dashboard", "statistics.own");

        Caller wholeAgent = logIn(withPassword(fixture.contactCentre(tenant, null, whole.id())));
        assertThat(wholeAgent.scope()).isEqualTo(DataScope.TENANT);
        assertThat(wholeAgent.departmentIds()).isEmpty();
        assertThat(wholeAgent.functions()).containsExactly("wallboard");
    }

    @Test
    public void r18_administratorsSeeTheWholeTenant() {
        Department belgrade = fixture.department(tenant);
        AccessProfile own = fixture.profile(tenant, Set.of("users.manage"), DataScope.OWN, Set.of());

        Caller admin = logIn(withPassword(fixture.contactCentre(tenant, belgrade.id(), own.id(), AccessRole.ADMINISTRATOR,
                AccessRole.SUPERVISOR)));
        assertThat(admin.scope()).isEqualTo(DataScope.TENANT);
        assertThat(admin.departmentIds()).isEmpty();
        assertThat(admin.functions()).containsExactly("users.manage");

        Caller plainAdmin = logIn(agent(AccessRole.ADMINISTRATOR));
        assertThat(plainAdmin.scope()).isEqualTo(DataScope.TENANT);
        assertThat(plainAdmin.hasRole(AccessRole.ADMINISTRATOR)).isTrue();
    }

    // ---- R9: audit -------------------------------------------------------------------------------------

    @Test
    public void everyCredentialChangeOfATenantUserIsAudited() {
        User user = agent();
        Caller owner = logIn(user);
        NewApiToken token = token(owner);
        credentials.revokeToken(owner, token.apiToken().id());

        List<AuditEntry> entries = fixture.auditOf(tenant.id()).stream()
                .filter(e -> !e.action().startsWith("user.created") && !e.action().startsWith("tenant.")).toList();
        assertThat(actions(entries)).containsExactly("user.password-set", "api-token.created", "api-token.revoked");
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.tenantId()).isEqualTo(tenant.id());
            assertThat(e.userId()).isEqualTo(user.id());
        });
        assertThat(entries.get(0).target()).isEqualTo("user:" + user.id());
        assertThat(entries.get(1).target()).isEqualTo("api-token:" + token.apiToken().id());
        assertThat(entries.get(1).details()).isEqualTo("name=CRM integration");
        assertThat(entries.get(2).target()).isEqualTo("api-token:" + token.apiToken().id());

        // A refused change writes nothing.
        int before = fixture.auditOf(tenant.id()).size();
        thrown(ValidationException.class, () -> credentials.setUserPassword(tenant.id(), user.id(), "short"));
        thrown(ConflictException.class, () -> credentials.setUserPassword(tenant.id(), fixture.backOffice(tenant).id(), PASSWORD));
        assertThat(actions(fixture.auditOf(tenant.id())).subList(before, fixture.auditOf(tenant.id()).size()))
                .containsExactly("user.created");
        assertThat(fixture.audit.verify().intact()).isTrue();
    }

    @Test
    public void everyCredentialChangeOfAResellerAdminIsAudited() {
        Reseller reseller = fixture.reseller();
        String email = fixture.email();
        credentials.createResellerAdmin(reseller.id(), email, PASSWORD);
        Caller admin = credentials.checkPassword(email, PASSWORD).orElseThrow();
        NewApiToken token = token(admin);
        credentials.revokeToken(admin, token.apiToken().id());
        credentials.deleteResellerAdmin(reseller.id(), email);

        List<AuditEntry> entries = fixture.auditOfReseller(reseller.id()).stream()
                .filter(e -> !e.action().startsWith("reseller.")).toList();
        assertThat(actions(entries)).containsExactly("reseller-admin.created", "api-token.created", "api-token.revoked",
                "reseller-admin.deleted");
        assertThat(entries).allSatisfy(e -> assertThat(e.resellerId()).isEqualTo(reseller.id()));
        assertThat(entries.get(0).target()).isEqualTo("reseller-admin:" + email);
        assertThat(entries.get(3).target()).isEqualTo("reseller-admin:" + email);
        assertThat(fixture.audit.verify().intact()).isTrue();
    }

    @Test
    public void checkingCredentialsChangesNothing() {
        User user = agent();
        long entries = fixture.db.count("SELECT COUNT(*) FROM audit_entry");
        logIn(user);
        credentials.checkPassword(signIn(user), "a wrong password");
        credentials.checkToken("ct_nothing_here");
        assertThat(fixture.db.count("SELECT COUNT(*) FROM audit_entry")).isEqualTo(entries);
    }

    @Test
    public void noAuditEntryContainsAPasswordOrToken() {
        // Whichever tests ran before have filled the log with their secrets too; this test makes its
        // own entries so that it checks something when it runs first.
        User user = fixture.contactCentre(tenant);
        String own = password("a password only this test uses");
        credentials.setUserPassword(tenant.id(), user.id(), own);
        Reseller reseller = fixture.reseller();
        String adminPassword = password("a reseller admin password only here");
        credentials.createResellerAdmin(reseller.id(), fixture.email(), adminPassword);
        token(credentials.checkPassword(signIn(user), own).orElseThrow());

        List<String> log = fixture.allAuditText();
        assertThat(log).isNotEmpty();
        for (String secret : secrets) {
            assertThat(log).as("the audit log").noneMatch(line -> line.contains(secret));
            int underscore = secret.indexOf('_', 3);
            if (secret.startsWith("ct_") && underscore > 0) {
                String tokenSecret = secret.substring(underscore + 1);
                assertThat(log).noneMatch(line -> line.contains(tokenSecret));
            }
        }
    }

    private static String secretOf(NewApiToken token) {
        Optional<String> secret = Optional.of(token.token()).filter(t -> t.matches(TOKEN)).map(t -> t.replaceFirst(TOKEN, "$2"));
        return secret.orElseThrow(() -> new AssertionError("not a token: " + token.token()));
    }

    /** Issue 9, R1: two tenants each have an agent-a; each signs in as its own, and a bare name of a new user signs no one in. */
    @Test
    public void r1_namesakesOfTwoTenantsSignInAtTheirOwnDomain() {
        Tenant other = fixture.tenant();
        String name = fixture.username();
        User mine = withPassword(fixture.users.create(tenant.id(), new UserDraft(UserType.CONTACT_CENTRE, null, "Mine", null, name, Set.of(), null)));
        User theirs = fixture.users.create(other.id(), new UserDraft(UserType.CONTACT_CENTRE, null, "Theirs", null, name, Set.of(), null));
        credentials.setUserPassword(other.id(), theirs.id(), "another password 42");

        assertThat(credentials.checkPassword(name + "@" + tenant.signInDomain(), PASSWORD).map(Caller::userId)).contains(mine.id());
        assertThat(credentials.checkPassword(name + "@" + other.signInDomain(), "another password 42").map(Caller::userId)).contains(theirs.id());
        assertThat(credentials.checkPassword(name + "@" + other.signInDomain(), PASSWORD)).isEmpty();
        assertThat(credentials.checkPassword(name, PASSWORD)).as("a bare name of a user made after the migration").isEmpty();
        assertThat(credentials.checkPassword(name + "@no-such-domain", PASSWORD)).isEmpty();
    }

    /** Issue 9: a user who had a name before names were per tenant keeps signing in with it alone, until the name changes. */
    @Test
    public void aNameFromBeforeTheMigrationStillSignsInAloneUntilItChanges() {
        User veteran = agent();
        fixture.db.update("UPDATE directory_user SET node_login = username WHERE id = ?", veteran.id());

        assertThat(credentials.checkPassword(veteran.username(), PASSWORD).map(Caller::userId)).contains(veteran.id());
        assertThat(credentials.checkPassword(signIn(veteran), PASSWORD).map(Caller::userId)).contains(veteran.id());

        String renamed = fixture.username();
        User after = fixture.users.update(tenant.id(), veteran.id(), new UserDraft(UserType.CONTACT_CENTRE, null, veteran.displayName(), null,
                renamed, veteran.roles(), null), null);
        assertThat(credentials.checkPassword(veteran.username(), PASSWORD)).isEmpty();
        assertThat(credentials.checkPassword(renamed, PASSWORD)).isEmpty();
        assertThat(credentials.checkPassword(signIn(after), PASSWORD).map(Caller::userId)).contains(veteran.id());
    }
}
