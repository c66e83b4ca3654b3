package org.centrala.tenancy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.centrala.tenancy.internal.Expect.fields;
import static org.centrala.tenancy.internal.Expect.thrown;
import static org.centrala.tenancy.internal.TenancyFixture.department;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.centrala.common.ConflictException;
import org.centrala.common.NotFoundException;
import org.centrala.common.Page;
import org.centrala.common.PageRequest;
import org.centrala.common.ValidationException;
import org.centrala.tenancy.Department;
import org.centrala.tenancy.Reseller;
import org.centrala.tenancy.Tenant;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;

public class JdbcDepartmentServiceTest {
    private static TenancyFixture fixture;
    private JdbcDepartmentService departments;
    private Tenant acme;
    private Tenant globex;

    @BeforeClass
    public static void createDatabase() {
        fixture = new TenancyFixture();
    }

    @Before
    public void emptyTables() {
        fixture.clear();
        departments = fixture.departments;
        Reseller reseller = fixture.reseller("Partner");
        acme = fixture.tenant(reseller, "Acme");
        globex = fixture.tenant(reseller, "Globex");
    }

    @Test
    public void createStoresTheDepartmentAndGetReturnsIt() {
        Department created = departments.create(acme.id(), department("  Sales Belgrade ", "RS"));

        assertThat(UUID.fromString(created.id()).toString()).isEqualTo(created.id());
        assertThat(created.tenantId()).isEqualTo(acme.id());
        assertThat(created.name()).isEqualTo("Sales Belgrade");
        assertThat(created.countryCode()).isEqualTo("RS");
        assertThat(created.createdAt()).isNotNull().isEqualTo(created.updatedAt());
        assertThat(departments.get(acme.id(), created.id())).isEqualTo(created);
    }

    @Test
    public void r1_departmentOfAnotherTenantIsNotFound() {
        Department sales = departments.create(acme.id(), department("Sales", "RS"));

        NotFoundException e = thrown(NotFoundException.class, () -> departments.get(globex.id(), sales.id()));
        assertThat(e.entity()).isEqualTo("Department");
        assertThat(e.id()).isEqualTo(sales.id());
        thrown(NotFoundException.class, () -> departments.update(globex.id(), sales.id(), department("Taken over", "DE")));
        thrown(NotFoundException.class, () -> departments.delete(globex.id(), sales.id()));

        assertThat(departments.get(acme.id(), sales.id())).as("untouched by the other tenant's calls").isEqualTo(sales);
    }

    @Test
    public void r1_aTenantListsOnlyItsOwnDepartments() {
        Department acmeSales = departments.create(acme.id(), department("Sales", "RS"));
        Department globexSales = departments.create(globex.id(), department("Sales", "RS"));

        Page<Department> acmePage = departments.list(acme.id(), PageRequest.first(10));
        assertThat(acmePage.items()).containsExactly(acmeSales);
        assertThat(acmePage.total()).isEqualTo(1);
        assertThat(departments.list(globex.id(), PageRequest.first(10)).items()).containsExactly(globexSales);
    }

    @Test
    public void r1_departmentsMayBeInSeveralCountries() {
        departments.create(acme.id(), department("Belgrade", "RS"));
        departments.create(acme.id(), department("Berlin", "DE"));
        assertThat(departments.list(acme.id(), PageRequest.parse(null, null, "countryCode")).items())
                .extracting(Department::countryCode).containsExactly("DE", "RS");
    }

    @Test
    public void duplicateNamesWithinATenantIgnoringCaseAndBlanksConflict() {
        departments.create(acme.id(), department("Sales", "RS"));

        ConflictException e = thrown(ConflictException.class, () -> departments.create(acme.id(), department("  SALES ", "DE")));

        assertThat(e).hasMessageContaining("SALES");
        assertThat(fixture.rows("department")).isEqualTo(1);
    }

    @Test
    public void renamingToAnotherDepartmentsNameConflicts() {
        departments.create(acme.id(), department("Sales", "RS"));
        Department support = departments.create(acme.id(), department("Support", "RS"));

        thrown(ConflictException.class, () -> departments.update(acme.id(), support.id(), department("sales", "RS")));

        assertThat(departments.get(acme.id(), support.id())).isEqualTo(support);
    }

    @Test
    public void updateReplacesNameAndCountry() {
        Department created = departments.create(acme.id(), department("Sales", "RS"));

        Department updated = departments.update(acme.id(), created.id(), department(" Sales DACH ", "DE"));

        assertThat(updated.id()).isEqualTo(created.id());
        assertThat(updated.name()).isEqualTo("Sales DACH");
        assertThat(updated.countryCode()).isEqualTo("DE");
        assertThat(updated.createdAt()).isEqualTo(created.createdAt());
        assertThat(updated.updatedAt()).isAfterOrEqualTo(created.updatedAt());
        assertThat(departments.get(acme.id(), created.id())).isEqualTo(updated);
        assertThat(departments.update(acme.id(), created.id(), department("SALES dach", "DE")).name())
                .as("a department may change the case of its own name").isEqualTo("SALES dach");
    }

    @Test
    public void deleteRemovesTheDepartment() {
        Department created = departments.create(acme.id(), department("Sales", "RS"));

        departments.delete(acme.id(), created.id());

        thrown(NotFoundException.class, () -> departments.get(acme.id(), created.id()));
        assertThat(fixture.rows("department")).isZero();
        fixture.tenants.delete(acme.id());
        thrown(NotFoundException.class, () -> fixture.tenants.get(acme.id()));
    }

    @Test
    public void unknownDepartmentIdsAreNotFound() {
        String unknown = UUID.randomUUID().toString();
        thrown(NotFoundException.class, () -> departments.get(acme.id(), unknown));
        thrown(NotFoundException.class, () -> departments.update(acme.id(), unknown, department("Sales", "RS")));
        thrown(NotFoundException.class, () -> departments.delete(acme.id(), unknown));
        assertThat(fixture.rows("department")).isZero();
    }

    @Test
    public void anUnknownTenantIsNotFound() {
        String unknown = UUID.randomUUID().toString();

        NotFoundException e = thrown(NotFoundException.class, () -> departments.create(unknown, department("Sales", "RS")));
        assertThat(e.entity()).isEqualTo("Tenant");
        assertThat(e.id()).isEqualTo(unknown);
        assertThat(thrown(NotFoundException.class, () -> departments.list(unknown, PageRequest.first(10))).entity())
                .isEqualTo("Tenant");
        assertThat(fixture.rows("department")).isZero();
    }

    @Test
    public void validationErrorsNameTheFieldsAndStoreNothing() {
        ValidationException both = thrown(ValidationException.class, () -> departments.create(acme.id(), department(" ", "rs")));
        assertThat(fields(both)).containsExactlyInAnyOrder("name", "countryCode");

        ValidationException unknownCountry = thrown(ValidationException.class, () -> departments.create(acme.id(), department("Sales", "XX")));
        assertThat(fields(unknownCountry)).containsExactly("countryCode");

        ValidationException missingCountry = thrown(ValidationException.class, () -> departments.create(acme.id(), department("Sales", null)));
        assertThat(fields(missingCountry)).containsExactly("countryCode");

        assertThat(fixture.rows("department")).isZero();
    }

    @Test
    public void listSortsByNameAndPages() {
        List<String> names = List.of("delta", "Alpha", "charlie", "Bravo", "echo");
        names.forEach(name -> departments.create(acme.id(), department(name, "RS")));
        List<String> sorted = names.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList();

        assertThat(departments.list(acme.id(), PageRequest.parse(null, null, null)).items()).extracting(Department::name)
                .containsExactlyElementsOf(sorted);
        assertThat(departments.list(acme.id(), PageRequest.parse(null, null, "name,desc")).items()).extracting(Department::name)
                .containsExactlyElementsOf(names.stream().sorted(String.CASE_INSENSITIVE_ORDER.reversed()).toList());

        Page<Department> second = departments.list(acme.id(), PageRequest.parse(1, 2, "name"));
        assertThat(second.items()).extracting(Department::name).containsExactlyElementsOf(sorted.subList(2, 4));
        assertThat(second.total()).isEqualTo(5);
        Page<Department> third = departments.list(acme.id(), PageRequest.parse(2, 2, "name"));
        assertThat(third.items()).extracting(Department::name).containsExactlyElementsOf(sorted.subList(4, 5));
        assertThat(third.total()).isEqualTo(5);
    }

    @Test
    public void listSortsByCountryThenStablyAndByCreation() {
        departments.create(acme.id(), department("b", "RS"));
        departments.create(acme.id(), department("a", "DE"));
        departments.create(acme.id(), department("c", "AT"));

        assertThat(departments.list(acme.id(), PageRequest.parse(null, null, "countryCode,desc")).items())
                .extracting(Department::countryCode).containsExactly("RS", "DE", "AT");
        assertThat(departments.list(acme.id(), PageRequest.parse(null, null, "createdAt")).items())
                .hasSize(3).isSortedAccordingTo(Comparator.comparing(Department::createdAt));

        ValidationException e = thrown(ValidationException.class,
                () -> departments.list(acme.id(), PageRequest.parse(null, null, "tenantId")));
        assertThat(fields(e)).containsExactly("sort");
    }
}
