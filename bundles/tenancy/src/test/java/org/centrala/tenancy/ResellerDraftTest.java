package org.centrala.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.centrala.tenancy.ValidationAssertions.rejected;

import org.junit.Test;

public class ResellerDraftTest {

    @Test
    public void aNameIsEnough() {
        assertThat(rejected(() -> new ResellerDraft("Partner", null).validate())).isEmpty();
        assertThat(rejected(() -> new ResellerDraft("Partner", "ops@partner.example.com").validate())).isEmpty();
    }

    @Test
    public void nameIsRequired() {
        assertThat(rejected(() -> new ResellerDraft(null, null).validate())).containsExactly("name");
        assertThat(rejected(() -> new ResellerDraft("\t", null).validate())).containsExactly("name");
    }

    @Test
    public void nameIsAtMostOneHundredCharacters() {
        assertThat(rejected(() -> new ResellerDraft("x".repeat(Names.MAX_LENGTH + 1), null).validate())).containsExactly("name");
    }

    @Test
    public void contactEmailMustBeAnAddress() {
        assertThat(rejected(() -> new ResellerDraft("Partner", "partner.example.com").validate())).containsExactly("contactEmail");
        String tooLong = "x".repeat(250) + "@example.com";
        assertThat(rejected(() -> new ResellerDraft("Partner", tooLong).validate())).containsExactly("contactEmail");
    }

    @Test
    public void everyBadFieldIsNamed() {
        assertThat(rejected(() -> new ResellerDraft("", "nope").validate())).containsExactly("name", "contactEmail");
    }
}
