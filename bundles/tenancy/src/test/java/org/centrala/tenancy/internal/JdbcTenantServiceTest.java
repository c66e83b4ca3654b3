package org.centrala.tenancy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.centrala.tenancy.internal.Expect.fields;
import static org.centrala.tenancy.internal.Expect.thrown;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.centrala.common.ConflictException;
import org.centrala.common.NotFoundException;
import org.centrala.common.Page;
import org.centrala.common.PageRequest;
import org.centrala.common.ValidationException;
import org.centrala.tenancy.PbxRecord;
import org.centrala.tenancy.PbxSettings;
import org.centrala.tenancy.Reseller;
import org.centrala.tenancy.Tenant;
import org.centrala.tenancy.TenantDraft;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;

public class JdbcTenantServiceTest {
    private static TenancyFixture fixture;
    private JdbcTenantService tenants;
    private Reseller reseller;

    @BeforeClass
    public static void createDatabase() {
        fixture = new TenancyFixture();
    }

    @Before
    public void emptyTables() {
        fixture.clear();
        tenants = fixture.tenants;
        reseller = fixture.reseller("Partner");
    }

    private static PbxSettings pbx(String host, Integer port, String user, String secret, String context) {
        return new PbxSettings(host, port, user, secret, context);
    }

    @Test
    public void r2_tenantIsCreatedWithItsPbxRecord() {
        Tenant created = tenants.create(new TenantDraft(reseller.id(), "  Acme d.o.o. ",
                pbx("pbx1.example.com", 5038, "acme", "s3cret", "acme-ctx")));

        assertThat(UUID.fromString(created.id()).toString()).isEqualTo(created.id());
        assertThat(created.resellerId()).isEqualTo(reseller.id());
        assertThat(created.name()).isEqualTo("Acme d.o.o.");
        assertThat(created.pbx()).isEqualTo(new PbxRecord("pbx1.example.com", 5038, "acme", "acme-ctx"));
        assertThat(created.createdAt()).isNotNull().isEqualTo(created.updatedAt());
        assertThat(tenants.get(created.id())).isEqualTo(created);
        assertThat(fixture.db.count("SELECT COUNT(*) FROM tenant_pbx WHERE tenant_id = ?", created.id())).isEqualTo(1);
    }

    @Test
    public void r2_amiSecretIsNeverReturned() {
        assertThat(Arrays.stream(Tenant.class.getRecordComponents()).map(RecordComponent::getName))
                .noneMatch(name -> name.toLowerCase().contains("secret"));
        assertThat(Arrays.stream(PbxRecord.class.getRecordComponents()).map(RecordComponent::getName))
                .containsExactly("host", "amiPort", "amiUser", "dialplanContext", "agiContext", "trunk");

        String secret = "very-secret-" + UUID.randomUUID();
        Tenant created = tenants.create(new TenantDraft(reseller.id(), "Acme", pbx("pbx.example.com", 5038, "acme", secret, "acme")));
        assertThat(fixture.storedSecret(created.id())).contains(secret);
        assertThat(created.toString()).doesNotContain(secret);
        assertThat(tenants.get(created.id()).toString()).doesNotContain(secret);
        assertThat(tenants.list(null, PageRequest.first(10)).toString()).doesNotContain(secret);
        assertThat(new PbxSettings("h", 1, "u", secret, "c").toString()).doesNotContain(secret);
    }

    @Test
    public void r2_anUpdateWithoutSecretKeepsTheStoredOne() {
        Tenant created = tenants.create(new TenantDraft(reseller.id(), "Acme", pbx("pbx.example.com", 5038, "acme", "first", "acme")));

        Tenant updated = tenants.update(created.id(), new TenantDraft(reseller.id(), "Acme",
                pbx("pbx2.example.com", 5039, "acme2", null, "acme2")));

        assertThat(updated.pbx()).isEqualTo(new PbxRecord("pbx2.example.com", 5039, "acme2", "acme2"));
        assertThat(fixture.storedSecret(created.id())).contains("first");
    }

    @Test
    public void r2_anUpdateWithSecretReplacesTheStoredOne() {
        Tenant created = tenants.create(new TenantDraft(reseller.id(), "Acme", pbx("pbx.example.com", 5038, "acme", "first", "acme")));

        tenants.update(created.id(), new TenantDraft(reseller.id(), "Acme", pbx("pbx.example.com", 5038, "acme", "second", "acme")));

        assertThat(fixture.storedSecret(created.id())).contains("second");
    }

    @Test
    public void r2_amiSecretIsRequiredOnCreateOnly() {
        ValidationException e = thrown(ValidationException.class, () -> tenants.create(new TenantDraft(reseller.id(), "Acme",
                pbx("pbx.example.com", 5038, "acme", null, "acme"))));
        assertThat(fields(e)).containsExactly("pbx.amiSecret");
        assertThat(fixture.rows("tenant")).isZero();

        Tenant created = fixture.tenant(reseller, "Acme");
        PbxRecord current = created.pbx();
        PbxSettings withoutSecret = pbx(current.host(), current.amiPort(), current.amiUser(), null, current.agiContext());
        assertThat(tenants.update(created.id(), new TenantDraft(reseller.id(), "Acme", withoutSecret)).pbx())
                .isEqualTo(created.pbx());
    }

    @Test
    public void r2_aBlankSecretOnUpdateIsRefusedRatherThanStored() {
        Tenant created = tenants.create(new TenantDraft(reseller.id(), "Acme", pbx("pbx.example.com", 5038, "acme", "first", "acme")));

        ValidationException e = thrown(ValidationException.class, () -> tenants.update(created.id(),
                new TenantDraft(reseller.id(), "Acme", pbx("pbx.example.com", 5038, "acme", "  ", "acme"))));

        assertThat(fields(e)).containsExactly("pbx.amiSecret");
        assertThat(fixture.storedSecret(created.id())).contains("first");
    }

    @Test
    public void r2_deletingATenantDeletesItsPbxRecord() {
        Tenant created = fixture.tenant(reseller, "Acme");

        tenants.delete(created.id());

        thrown(NotFoundException.class, () -> tenants.get(created.id()));
        assertThat(fixture.rows("tenant")).isZero();
        assertThat(fixture.rows("tenant_pbx")).isZero();
    }

    @Test
    public void r2_twoTenantsOnTheSamePbxNeedDistinctContexts() {
        tenants.create(new TenantDraft(reseller.id(), "Acme", pbx("pbx.example.com", 5038, "acme", "s", "shared")));

        ConflictException e = thrown(ConflictException.class, () -> tenants.create(new TenantDraft(reseller.id(), "Globex",
                pbx("pbx.example.com", 5038, "globex", "s", "shared"))));

        assertThat(e).hasMessageContaining("pbx.example.com:5038").hasMessageContaining("shared");
        assertThat(fixture.rows("tenant")).as("the tenant row of the refused create is rolled back").isEqualTo(1);
        assertThat(fixture.rows("tenant_pbx")).isEqualTo(1);
        assertThat(tenants.list(null, PageRequest.first(10)).items()).extracting(Tenant::name).containsExactly("Acme");
    }

    @Test
    public void r2_theSameContextOnAnotherHostOrPortIsFine() {
        tenants.create(new TenantDraft(reseller.id(), "Acme", pbx("pbx.example.com", 5038, "acme", "s", "shared")));
        tenants.create(new TenantDraft(reseller.id(), "Globex", pbx("pbx.example.com", 5039, "globex", "s", "shared")));
        tenants.create(new TenantDraft(reseller.id(), "Initech", pbx("pbx2.example.com", 5038, "initech", "s", "shared")));
        assertThat(fixture.rows("tenant_pbx")).isEqualTo(3);
    }

    @Test
    public void r2_movingOntoAContextInUseConflictsAndChangesNothing() {
        tenants.create(new TenantDraft(reseller.id(), "Acme", pbx("pbx.example.com", 5038, "acme", "s", "acme")));
        Tenant globex = tenants.create(new TenantDraft(reseller.id(), "Globex", pbx("pbx.example.com", 5038, "globex", "s", "globex")));

        thrown(ConflictException.class, () -> tenants.update(globex.id(), new TenantDraft(reseller.id(), "Globex Renamed",
                pbx("pbx.example.com", 5038, "globex", "new-secret", "acme"))));

        assertThat(tenants.get(globex.id())).as("the rename in the same update is rolled back too").isEqualTo(globex);
        assertThat(fixture.storedSecret(globex.id())).contains("s");
    }

    @Test
    public void r1_tenantsOfDifferentResellersMayShareAName() {
        Reseller other = fixture.reseller("Other Partner");
        Tenant mine = fixture.tenant(reseller, "Acme");
        Tenant theirs = fixture.tenant(other, "Acme");

        assertThat(mine.id()).isNotEqualTo(theirs.id());
        assertThat(tenants.list(reseller.id(), PageRequest.first(10)).items()).containsExactly(mine);
        assertThat(tenants.list(other.id(), PageRequest.first(10)).items()).containsExactly(theirs);
    }

    @Test
    public void duplicateNamesOfOneResellerIgnoringCaseAndBlanksConflict() {
        fixture.tenant(reseller, "Acme");

        ConflictException e = thrown(ConflictException.class, () -> fixture.tenant(reseller, " ACME  "));

        assertThat(e).hasMessageContaining("ACME");
        assertThat(fixture.rows("tenant")).isEqualTo(1);
        assertThat(fixture.rows("tenant_pbx")).isEqualTo(1);
    }

    @Test
    public void renamingToAnotherTenantsNameConflicts() {
        fixture.tenant(reseller, "Acme");
        Tenant globex = fixture.tenant(reseller, "Globex");

        thrown(ConflictException.class, () -> tenants.update(globex.id(), new TenantDraft(reseller.id(), "acme", fixture.pbx())));

        assertThat(tenants.get(globex.id())).isEqualTo(globex);
    }

    @Test
    public void updateReplacesNameAndPbxButKeepsCreation() {
        Tenant created = fixture.tenant(reseller, "Acme");

        Tenant updated = tenants.update(created.id(), new TenantDraft(reseller.id(), " Acme Group ",
                pbx("10.0.0.5", 5040, "group", null, "group-ctx")));

        assertThat(updated.id()).isEqualTo(created.id());
        assertThat(updated.name()).isEqualTo("Acme Group");
        assertThat(updated.pbx()).isEqualTo(new PbxRecord("10.0.0.5", 5040, "group", "group-ctx"));
        assertThat(updated.createdAt()).isEqualTo(created.createdAt());
        assertThat(updated.updatedAt()).isAfterOrEqualTo(created.updatedAt());
        assertThat(tenants.get(created.id())).isEqualTo(updated);
    }

    @Test
    public void resellerIdCannotChangeOnUpdate() {
        Reseller other = fixture.reseller("Other Partner");
        Tenant created = fixture.tenant(reseller, "Acme");

        ValidationException e = thrown(ValidationException.class,
                () -> tenants.update(created.id(), new TenantDraft(other.id(), "Acme Moved", fixture.pbx())));

        assertThat(fields(e)).containsExactly("resellerId");
        assertThat(tenants.get(created.id())).isEqualTo(created);
    }

    @Test
    public void aTenantWithAnUnknownResellerIsNotFound() {
        String unknown = UUID.randomUUID().toString();

        NotFoundException e = thrown(NotFoundException.class, () -> tenants.create(new TenantDraft(unknown, "Acme", fixture.pbx())));

        assertThat(e.entity()).isEqualTo("Reseller");
        assertThat(e.id()).isEqualTo(unknown);
        assertThat(fixture.rows("tenant")).isZero();
        assertThat(fixture.rows("tenant_pbx")).isZero();
    }

    @Test
    public void unknownTenantIdsAreNotFound() {
        String unknown = UUID.randomUUID().toString();

        NotFoundException e = thrown(NotFoundException.class, () -> tenants.get(unknown));
        assertThat(e.entity()).isEqualTo("Tenant");
        assertThat(e.id()).isEqualTo(unknown);
        thrown(NotFoundException.class, () -> tenants.update(unknown, new TenantDraft(reseller.id(), "Acme", fixture.pbx())));
        thrown(NotFoundException.class, () -> tenants.delete(unknown));
        assertThat(fixture.rows("tenant")).isZero();
    }

    @Test
    public void deletingATenantWithDepartmentsConflictsAndDeletesNothing() {
        Tenant tenant = fixture.tenant(reseller, "Acme");
        fixture.departments.create(tenant.id(), TenancyFixture.department("Sales", "RS"));
        fixture.departments.create(tenant.id(), TenancyFixture.department("Support", "DE"));

        ConflictException e = thrown(ConflictException.class, () -> tenants.delete(tenant.id()));

        assertThat(e).hasMessageContaining("2 department");
        assertThat(tenants.get(tenant.id())).isEqualTo(tenant);
        assertThat(fixture.rows("tenant_pbx")).isEqualTo(1);
        assertThat(fixture.rows("department")).isEqualTo(2);
    }

    @Test
    public void validationErrorsNameTheFieldsAndStoreNothing() {
        ValidationException e = thrown(ValidationException.class, () -> tenants.create(new TenantDraft(reseller.id(), " ",
                pbx("bad host!", 0, "bad user", "s", "bad context"))));

        assertThat(fields(e)).containsExactlyInAnyOrder("name", "pbx.host", "pbx.amiPort", "pbx.amiUser", "pbx.dialplanContext");
        assertThat(fixture.rows("tenant")).isZero();

        ValidationException tooHigh = thrown(ValidationException.class, () -> tenants.create(new TenantDraft(reseller.id(), "Acme",
                pbx("pbx.example.com", 65536, "acme", "s", "acme"))));
        assertThat(fields(tooHigh)).containsExactly("pbx.amiPort");
    }

    @Test
    public void aTenantWithoutPbxIsRefused() {
        ValidationException e = thrown(ValidationException.class, () -> tenants.create(new TenantDraft(null, "Acme", null)));
        assertThat(fields(e)).containsExactlyInAnyOrder("resellerId", "pbx");
    }

    @Test
    public void updateValidatesTheDraft() {
        Tenant created = fixture.tenant(reseller, "Acme");
        ValidationException e = thrown(ValidationException.class, () -> tenants.update(created.id(),
                new TenantDraft(reseller.id(), "Acme", pbx("pbx.example.com", null, "acme", null, "acme"))));
        assertThat(fields(e)).containsExactly("pbx.amiPort");
        assertThat(tenants.get(created.id())).isEqualTo(created);
    }

    @Test
    public void listSortsByNameAscendingAndDescending() {
        List<String> names = List.of("delta", "Alpha", "charlie", "Bravo", "echo");
        names.forEach(name -> fixture.tenant(reseller, name));

        assertThat(tenants.list(null, PageRequest.parse(null, null, null)).items()).extracting(Tenant::name)
                .containsExactlyElementsOf(names.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList());
        assertThat(tenants.list(null, PageRequest.parse(null, null, "name,desc")).items()).extracting(Tenant::name)
                .containsExactlyElementsOf(names.stream().sorted(String.CASE_INSENSITIVE_ORDER.reversed()).toList());
    }

    @Test
    public void listPagesWithTotal() {
        List<String> names = List.of("delta", "Alpha", "charlie", "Bravo", "echo");
        names.forEach(name -> fixture.tenant(reseller, name));
        List<String> sorted = names.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList();

        Page<Tenant> second = tenants.list(reseller.id(), PageRequest.parse(1, 2, "name,asc"));
        Page<Tenant> third = tenants.list(reseller.id(), PageRequest.parse(2, 2, "name,asc"));

        assertThat(second.items()).extracting(Tenant::name).containsExactlyElementsOf(sorted.subList(2, 4));
        assertThat(second.total()).isEqualTo(5);
        assertThat(second.page()).isEqualTo(1);
        assertThat(third.items()).extracting(Tenant::name).containsExactlyElementsOf(sorted.subList(4, 5));
        assertThat(third.total()).isEqualTo(5);
        assertThat(second.items()).allSatisfy(t -> assertThat(t.pbx()).isNotNull());
    }

    @Test
    public void listIsFilteredByReseller() {
        Reseller other = fixture.reseller("Other Partner");
        Tenant a = fixture.tenant(reseller, "A");
        Tenant b = fixture.tenant(reseller, "B");
        Tenant c = fixture.tenant(other, "C");

        Page<Tenant> mine = tenants.list(reseller.id(), PageRequest.first(10));
        assertThat(mine.items()).containsExactly(a, b);
        assertThat(mine.total()).isEqualTo(2);

        Page<Tenant> theirs = tenants.list(other.id(), PageRequest.first(10));
        assertThat(theirs.items()).containsExactly(c);
        assertThat(theirs.total()).isEqualTo(1);

        Page<Tenant> all = tenants.list(null, PageRequest.first(10));
        assertThat(all.items()).containsExactly(a, b, c);
        assertThat(all.total()).isEqualTo(3);
    }

    @Test
    public void listOfAnUnknownResellerIsNotFound() {
        NotFoundException e = thrown(NotFoundException.class, () -> tenants.list(UUID.randomUUID().toString(), PageRequest.first(10)));
        assertThat(e.entity()).isEqualTo("Reseller");
    }

    @Test
    public void listSortsByCreationAndRejectsUnknownKeys() {
        for (String name : List.of("c", "a", "b")) {
            fixture.tenant(reseller, name);
        }
        assertThat(tenants.list(null, PageRequest.parse(null, null, "createdAt")).items())
                .hasSize(3).isSortedAccordingTo(Comparator.comparing(Tenant::createdAt));

        ValidationException e = thrown(ValidationException.class, () -> tenants.list(null, PageRequest.parse(null, null, "host")));
        assertThat(fields(e)).containsExactly("sort");
    }

    /** Issue 9, item 1: a suspended tenant keeps everything, its PBX is no longer linked, and it can be reactivated. */
    @Test
    public void aTenantIsSuspendedAndReactivatedWithItsDataKept() {
        Tenant created = tenants.create(new TenantDraft(reseller.id(), "Suspendable", pbx("pbx.example.com", 5038, "centrala", "s", "susp-ctx")));
        assertThat(created.status()).isEqualTo(org.centrala.tenancy.TenantStatus.ACTIVE);
        assertThat(created.suspendedAt()).isNull();

        Tenant suspended = tenants.suspend(created.id());
        assertThat(suspended.status()).isEqualTo(org.centrala.tenancy.TenantStatus.SUSPENDED);
        assertThat(suspended.suspendedAt()).isNotNull();
        assertThat(suspended.name()).isEqualTo("Suspendable");
        assertThat(suspended.pbx()).isEqualTo(created.pbx());
        assertThat(new JdbcPbxAccounts(fixture.schema).all()).as("no link for a suspended tenant")
                .noneMatch(account -> account.tenantId().equals(created.id()));
        assertThat(tenants.suspend(created.id())).as("again: unchanged").isEqualTo(suspended);

        Tenant back = tenants.reactivate(created.id());
        assertThat(back.status()).isEqualTo(org.centrala.tenancy.TenantStatus.ACTIVE);
        assertThat(back.suspendedAt()).isNull();
        assertThat(new JdbcPbxAccounts(fixture.schema).all()).anyMatch(account -> account.tenantId().equals(created.id()));
        List<String> actions = fixture.audit.query(new org.centrala.audit.AuditQuery(created.id(), null, null, null),
                org.centrala.common.PageRequest.first(50)).items().stream().map(org.centrala.audit.AuditEntry::action).toList();
        assertThat(actions).containsExactly("tenant.created", "tenant.suspended", "tenant.reactivated");
    }

    /** Issue 9, item 1: a suspended reseller's tenants are not linked; reactivated, they are again, as they were. */
    @Test
    public void aSuspendedResellersTenantsAreNotLinked() {
        Tenant created = tenants.create(new TenantDraft(reseller.id(), "Of a suspended reseller", pbx("pbx.example.com", 5038, "centrala", "s", "rs-ctx")));
        org.centrala.tenancy.Reseller suspended = fixture.resellers.suspend(reseller.id());
        assertThat(suspended.active()).isFalse();
        assertThat(suspended.suspendedAt()).isNotNull();
        assertThat(tenants.get(created.id()).active()).as("the tenant's own status is untouched").isTrue();
        assertThat(new JdbcPbxAccounts(fixture.schema).all()).noneMatch(account -> account.tenantId().equals(created.id()));
        assertThat(fixture.resellers.reactivate(reseller.id()).active()).isTrue();
        assertThat(new JdbcPbxAccounts(fixture.schema).all()).anyMatch(account -> account.tenantId().equals(created.id()));
    }

    /** Issue 9, R1: a tenant's users sign in as name@domain; the domain is made from the name unless given. */
    @Test
    public void signInDomainIsMadeFromTheNameAndNumberedWhenTaken() {
        Reseller other = fixture.reseller("Other partner");
        Tenant first = tenants.create(new TenantDraft(reseller.id(), "Ädler & Söhne d.o.o.", pbx("pbx.example.com", 5038, "a", "s", "a")));
        Tenant second = tenants.create(new TenantDraft(other.id(), "Adler Sohne d.o.o", pbx("pbx.example.com", 5038, "b", "s", "b")));
        Tenant chosen = tenants.create(new TenantDraft(reseller.id(), "Chosen", pbx("pbx.example.com", 5038, "c", "s", "c"), "chosen-1"));

        assertThat(first.signInDomain()).isEqualTo("adler-sohne-d-o-o");
        assertThat(second.signInDomain()).isEqualTo("adler-sohne-d-o-o-2");
        assertThat(chosen.signInDomain()).isEqualTo("chosen-1");
        assertThat(tenants.get(first.id()).signInDomain()).isEqualTo("adler-sohne-d-o-o");
    }

    @Test
    public void aTakenOrMalformedSignInDomainIsRefusedAndAReplaceWithoutOneKeepsIt() {
        Tenant acme = tenants.create(new TenantDraft(reseller.id(), "Acme", pbx("pbx.example.com", 5038, "a", "s", "a"), "acme"));
        Tenant beta = tenants.create(new TenantDraft(reseller.id(), "Beta", pbx("pbx.example.com", 5038, "b", "s", "b")));

        assertThatThrownBy(() -> tenants.create(new TenantDraft(reseller.id(), "Gamma", pbx("pbx.example.com", 5038, "g", "s", "g"), "acme")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("sign-in domain 'acme' is taken");
        assertThatThrownBy(() -> tenants.update(beta.id(), new TenantDraft(reseller.id(), "Beta", pbx("pbx.example.com", 5038, "b", null, "b"), "acme")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("sign-in domain 'acme' is taken");
        assertThatThrownBy(() -> tenants.create(new TenantDraft(reseller.id(), "Delta", pbx("pbx.example.com", 5038, "d", "s", "d"), "delta.example.com")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("signInDomain");

        assertThat(tenants.update(acme.id(), new TenantDraft(reseller.id(), "Acme Ltd", pbx("pbx.example.com", 5038, "a", null, "a"))).signInDomain())
                .isEqualTo("acme");
        assertThat(tenants.update(acme.id(), new TenantDraft(reseller.id(), "Acme Ltd", pbx("pbx.example.com", 5038, "a", null, "a"), "acme-ltd"))
                .signInDomain()).isEqualTo("acme-ltd");
    }
}
