package org.centrala.tenancy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.centrala.tenancy.internal.Expect.thrown;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.centrala.common.ConflictException;
import org.centrala.common.FieldError;
import org.centrala.common.NotFoundException;
import org.centrala.common.Page;
import org.centrala.common.PageRequest;
import org.centrala.common.ValidationException;
import org.centrala.tenancy.Reseller;
import org.centrala.tenancy.ResellerDraft;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;

public class JdbcResellerServiceTest {
    private static TenancyFixture fixture;
    private JdbcResellerService resellers;

    @BeforeClass
    public static void createDatabase() {
        fixture = new TenancyFixture();
    }

    @Before
    public void emptyTables() {
        fixture.clear();
        resellers = fixture.resellers;
    }

    @Test
    public void createStoresTheResellerAndGetReturnsIt() {
        Reseller created = resellers.create(new ResellerDraft("  Telekom Partner  ", "ops@partner.example.com"));

        assertThat(UUID.fromString(created.id()).toString()).isEqualTo(created.id());
        assertThat(created.name()).isEqualTo("Telekom Partner");
        assertThat(created.contactEmail()).isEqualTo("ops@partner.example.com");
        assertThat(created.createdAt()).isNotNull().isEqualTo(created.updatedAt());
        assertThat(resellers.get(created.id())).isEqualTo(created);
    }

    @Test
    public void aBlankContactEmailIsStoredAsNone() {
        assertThat(resellers.create(new ResellerDraft("A", "  ")).contactEmail()).isNull();
        assertThat(resellers.create(new ResellerDraft("B", null)).contactEmail()).isNull();
    }

    @Test
    public void duplicateNamesIgnoringCaseAndSurroundingBlanksConflict() {
        Reseller first = resellers.create(new ResellerDraft("Acme", null));

        ConflictException e = thrown(ConflictException.class, () -> resellers.create(new ResellerDraft("  aCME ", null)));

        assertThat(e).hasMessageContaining("aCME");
        assertThat(fixture.rows("reseller")).isEqualTo(1);
        assertThat(resellers.get(first.id())).isEqualTo(first);
    }

    @Test
    public void validationErrorsNameEveryBadFieldAndStoreNothing() {
        ValidationException e = thrown(ValidationException.class, () -> resellers.create(new ResellerDraft(" ", "not-an-address")));

        assertThat(e.errors()).extracting(FieldError::field).containsExactlyInAnyOrder("name", "contactEmail");
        assertThat(fixture.rows("reseller")).isZero();
    }

    @Test
    public void updateReplacesNameAndEmailButKeepsIdAndCreation() {
        Reseller created = resellers.create(new ResellerDraft("Acme", "ops@acme.example.com"));

        Reseller updated = resellers.update(created.id(), new ResellerDraft(" Acme Europe ", null));

        assertThat(updated.id()).isEqualTo(created.id());
        assertThat(updated.name()).isEqualTo("Acme Europe");
        assertThat(updated.contactEmail()).isNull();
        assertThat(updated.createdAt()).isEqualTo(created.createdAt());
        assertThat(updated.updatedAt()).isAfterOrEqualTo(created.updatedAt());
        assertThat(resellers.get(created.id())).isEqualTo(updated);
    }

    @Test
    public void aResellerMayChangeTheCaseOfItsOwnName() {
        Reseller created = resellers.create(new ResellerDraft("acme", null));
        assertThat(resellers.update(created.id(), new ResellerDraft("ACME", null)).name()).isEqualTo("ACME");
    }

    @Test
    public void renamingToAnotherResellersNameConflicts() {
        resellers.create(new ResellerDraft("Acme", null));
        Reseller other = resellers.create(new ResellerDraft("Globex", null));

        thrown(ConflictException.class, () -> resellers.update(other.id(), new ResellerDraft("ACME ", null)));

        assertThat(resellers.get(other.id()).name()).isEqualTo("Globex");
    }

    @Test
    public void updateValidatesBeforeLookingForTheReseller() {
        Reseller created = resellers.create(new ResellerDraft("Acme", null));
        ValidationException e = thrown(ValidationException.class,
                () -> resellers.update(created.id(), new ResellerDraft("x".repeat(101), null)));
        assertThat(e.errors()).extracting(FieldError::field).containsExactly("name");
        assertThat(resellers.get(created.id()).name()).isEqualTo("Acme");
    }

    @Test
    public void unknownIdsAreNotFound() {
        String unknown = UUID.randomUUID().toString();

        NotFoundException e = thrown(NotFoundException.class, () -> resellers.get(unknown));
        assertThat(e.entity()).isEqualTo("Reseller");
        assertThat(e.id()).isEqualTo(unknown);
        thrown(NotFoundException.class, () -> resellers.update(unknown, new ResellerDraft("Acme", null)));
        thrown(NotFoundException.class, () -> resellers.delete(unknown));
        assertThat(fixture.rows("reseller")).isZero();
    }

    @Test
    public void idsThatCannotExistAreNotFoundEither() {
        String tooLong = "this-id-is-certainly-longer-than-thirty-six-characters";
        thrown(NotFoundException.class, () -> resellers.get(tooLong));
        thrown(NotFoundException.class, () -> resellers.update(tooLong, new ResellerDraft("Acme", null)));
        thrown(NotFoundException.class, () -> resellers.delete(tooLong));
    }

    @Test
    public void deleteRemovesTheReseller() {
        Reseller created = resellers.create(new ResellerDraft("Acme", null));

        resellers.delete(created.id());

        thrown(NotFoundException.class, () -> resellers.get(created.id()));
        assertThat(resellers.create(new ResellerDraft("Acme", null)).name()).as("the name is free again").isEqualTo("Acme");
    }

    @Test
    public void deletingAResellerWithTenantsConflicts() {
        Reseller reseller = resellers.create(new ResellerDraft("Acme", null));
        var tenant = fixture.tenant(reseller, "Customer");

        ConflictException e = thrown(ConflictException.class, () -> resellers.delete(reseller.id()));

        assertThat(e).hasMessageContaining("1 tenant");
        assertThat(resellers.get(reseller.id())).isEqualTo(reseller);
        assertThat(fixture.tenants.get(tenant.id())).isEqualTo(tenant);

        fixture.tenants.delete(tenant.id());
        resellers.delete(reseller.id());
        assertThat(fixture.rows("reseller")).isZero();
    }

    @Test
    public void listSortsByNameIgnoringCaseByDefault() {
        List<String> names = List.of("delta", "Alpha", "charlie", "Bravo", "echo");
        names.forEach(name -> resellers.create(new ResellerDraft(name, null)));

        Page<Reseller> page = resellers.list(PageRequest.parse(null, null, null));

        assertThat(page.items()).extracting(Reseller::name)
                .containsExactlyElementsOf(names.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList());
        assertThat(page.total()).isEqualTo(5);
        assertThat(page.page()).isZero();
        assertThat(page.size()).isEqualTo(PageRequest.DEFAULT_SIZE);
    }

    @Test
    public void listSortsByNameDescending() {
        List<String> names = List.of("delta", "Alpha", "charlie", "Bravo", "echo");
        names.forEach(name -> resellers.create(new ResellerDraft(name, null)));

        assertThat(resellers.list(PageRequest.parse(null, null, "name,desc")).items()).extracting(Reseller::name)
                .containsExactlyElementsOf(names.stream().sorted(String.CASE_INSENSITIVE_ORDER.reversed()).toList());
    }

    @Test
    public void listPagesThroughAllResellers() {
        List<String> names = List.of("delta", "Alpha", "charlie", "Bravo", "echo");
        names.forEach(name -> resellers.create(new ResellerDraft(name, null)));
        List<String> sorted = names.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList();

        Page<Reseller> second = resellers.list(PageRequest.parse(1, 2, "name"));
        Page<Reseller> third = resellers.list(PageRequest.parse(2, 2, "name"));
        Page<Reseller> beyond = resellers.list(PageRequest.parse(3, 2, "name"));

        assertThat(second.items()).extracting(Reseller::name).containsExactlyElementsOf(sorted.subList(2, 4));
        assertThat(second.page()).isEqualTo(1);
        assertThat(second.size()).isEqualTo(2);
        assertThat(second.total()).isEqualTo(5);
        assertThat(third.items()).extracting(Reseller::name).containsExactlyElementsOf(sorted.subList(4, 5));
        assertThat(third.total()).isEqualTo(5);
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(5);
    }

    @Test
    public void listSortsByCreation() {
        for (String name : List.of("c", "a", "b")) {
            resellers.create(new ResellerDraft(name, null));
        }
        List<Reseller> items = resellers.list(PageRequest.parse(null, null, "createdAt,desc")).items();
        assertThat(items).hasSize(3).isSortedAccordingTo(Comparator.comparing(Reseller::createdAt).reversed());
    }

    @Test
    public void listRejectsUnknownSortKeys() {
        ValidationException e = thrown(ValidationException.class, () -> resellers.list(PageRequest.parse(null, null, "contactEmail")));
        assertThat(e.errors()).extracting(FieldError::field).containsExactly("sort");
        assertThat(e.errors().get(0).message()).contains("createdAt", "name");
    }
}
