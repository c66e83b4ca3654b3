package org.centrala.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.centrala.tenancy.ValidationAssertions.rejected;

import org.junit.Test;

public class DepartmentDraftTest {

    @Test
    public void aDepartmentInAKnownCountryPasses() {
        assertThat(rejected(() -> new DepartmentDraft("Sales", "RS").validate())).isEmpty();
        assertThat(rejected(() -> new DepartmentDraft("Vertrieb", "DE").validate())).isEmpty();
    }

    @Test
    public void nameAndCountryAreRequired() {
        assertThat(rejected(() -> new DepartmentDraft(null, null).validate())).containsExactly("name", "countryCode");
        assertThat(rejected(() -> new DepartmentDraft("  ", " ").validate())).containsExactly("name", "countryCode");
    }

    @Test
    public void countryIsAnUpperCaseIsoCode() {
        assertThat(rejected(() -> new DepartmentDraft("Sales", "rs").validate())).containsExactly("countryCode");
        assertThat(rejected(() -> new DepartmentDraft("Sales", "XX").validate())).containsExactly("countryCode");
        assertThat(rejected(() -> new DepartmentDraft("Sales", "SRB").validate())).containsExactly("countryCode");
    }

    @Test
    public void nameIsAtMostOneHundredCharacters() {
        assertThat(rejected(() -> new DepartmentDraft("x".repeat(Names.MAX_LENGTH), "RS").validate())).isEmpty();
        assertThat(rejected(() -> new DepartmentDraft("x".repeat(Names.MAX_LENGTH + 1), "RS").validate())).containsExactly("name");
    }
}
