package org.centrala.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.centrala.tenancy.ValidationAssertions.rejected;

import org.junit.Test;

public class TenantDraftTest {
    private static final PbxSettings PBX = new PbxSettings("pbx.example.com", 5038, "centrala", "s3cret", "acme");
    private static final PbxSettings PBX_WITHOUT_SECRET = new PbxSettings("pbx.example.com", 5038, "centrala", null, "acme");

    @Test
    public void aCompleteDraftPasses() {
        assertThat(rejected(() -> new TenantDraft("r-1", "Acme", PBX).validate(true))).isEmpty();
    }

    @Test
    public void r2_aTenantNeedsItsPbx() {
        assertThat(rejected(() -> new TenantDraft("r-1", "Acme", null).validate(true))).containsExactly("pbx");
    }

    @Test
    public void resellerAndNameAreRequired() {
        assertThat(rejected(() -> new TenantDraft(null, " ", PBX).validate(true))).containsExactly("resellerId", "name");
    }

    @Test
    public void nameIsAtMostOneHundredCharacters() {
        assertThat(rejected(() -> new TenantDraft("r-1", "x".repeat(Names.MAX_LENGTH), PBX).validate(true))).isEmpty();
        assertThat(rejected(() -> new TenantDraft("r-1", "x".repeat(Names.MAX_LENGTH + 1), PBX).validate(true)))
                .containsExactly("name");
    }

    @Test
    public void pbxErrorsAreNamedUnderPbxTogetherWithTheOthers() {
        PbxSettings bad = new PbxSettings("bad host!", 70000, "centrala", "s", "acme");
        assertThat(rejected(() -> new TenantDraft(null, "Acme", bad).validate(true)))
                .containsExactly("resellerId", "pbx.host", "pbx.amiPort");
    }

    @Test
    public void theSecretIsRequiredOnCreateOnly() {
        assertThat(rejected(() -> new TenantDraft("r-1", "Acme", PBX_WITHOUT_SECRET).validate(true))).containsExactly("pbx.amiSecret");
        assertThat(rejected(() -> new TenantDraft("r-1", "Acme", PBX_WITHOUT_SECRET).validate(false))).isEmpty();
    }
}
