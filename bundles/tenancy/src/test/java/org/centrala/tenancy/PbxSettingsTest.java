package org.centrala.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.centrala.tenancy.ValidationAssertions.rejected;

import org.junit.Test;

public class PbxSettingsTest {
    private static final PbxSettings VALID = new PbxSettings("pbx.example.com", 5038, "centrala", "s3cret", "acme-ctx");

    private static PbxSettings withHost(String host) {
        return new PbxSettings(host, VALID.amiPort(), VALID.amiUser(), VALID.amiSecret(), VALID.agiContext());
    }

    private static PbxSettings withPort(Integer port) {
        return new PbxSettings(VALID.host(), port, VALID.amiUser(), VALID.amiSecret(), VALID.agiContext());
    }

    private static PbxSettings withUser(String user) {
        return new PbxSettings(VALID.host(), VALID.amiPort(), user, VALID.amiSecret(), VALID.agiContext());
    }

    private static PbxSettings withSecret(String secret) {
        return new PbxSettings(VALID.host(), VALID.amiPort(), VALID.amiUser(), secret, VALID.agiContext());
    }

    private static PbxSettings withContext(String context) {
        return new PbxSettings(VALID.host(), VALID.amiPort(), VALID.amiUser(), VALID.amiSecret(), context);
    }

    @Test
    public void validSettingsPass() {
        assertThat(rejected(VALID, "pbx", true)).isEmpty();
        assertThat(rejected(withHost("192.168.10.20"), "pbx", true)).isEmpty();
        assertThat(rejected(withHost("2001:db8::10"), "pbx", true)).isEmpty();
        assertThat(rejected(withUser("ami.user_01-x"), "pbx", true)).isEmpty();
    }

    @Test
    public void fieldsAreNamedWithThePrefix() {
        PbxSettings empty = new PbxSettings(null, null, null, null, null);
        assertThat(rejected(empty, "pbx", true))
                .containsExactlyInAnyOrder("pbx.host", "pbx.amiPort", "pbx.amiUser", "pbx.dialplanContext", "pbx.amiSecret");
        assertThat(rejected(empty, "settings", true)).allSatisfy(field -> assertThat(field).startsWith("settings."));
    }

    @Test
    public void hostMustBeANameOrAddress() {
        assertThat(rejected(withHost("bad host!"), "pbx", true)).containsExactly("pbx.host");
        assertThat(rejected(withHost(" "), "pbx", true)).containsExactly("pbx.host");
        String label = "a".repeat(60) + ".";
        String longest = label.repeat(4) + "x".repeat(253 - 4 * label.length());
        assertThat(longest).hasSize(253);
        assertThat(rejected(withHost(longest), "pbx", true)).isEmpty();
        assertThat(rejected(withHost(longest + "x"), "pbx", true)).as("longer than 253").containsExactly("pbx.host", "pbx.host");
    }

    @Test
    public void amiPortMustBeAPort() {
        assertThat(rejected(withPort(1), "pbx", true)).isEmpty();
        assertThat(rejected(withPort(65535), "pbx", true)).isEmpty();
        assertThat(rejected(withPort(0), "pbx", true)).containsExactly("pbx.amiPort");
        assertThat(rejected(withPort(65536), "pbx", true)).containsExactly("pbx.amiPort");
        assertThat(rejected(withPort(null), "pbx", true)).containsExactly("pbx.amiPort");
    }

    @Test
    public void amiUserIsOneWordOfAtMostEightyCharacters() {
        assertThat(rejected(withUser("x".repeat(80)), "pbx", true)).isEmpty();
        assertThat(rejected(withUser("x".repeat(81)), "pbx", true)).containsExactly("pbx.amiUser");
        assertThat(rejected(withUser("two words"), "pbx", true)).containsExactly("pbx.amiUser");
        assertThat(rejected(withUser("user@pbx"), "pbx", true)).containsExactly("pbx.amiUser");
    }

    @Test
    public void dialplanContextIsLettersDigitsDashAndUnderscore() {
        assertThat(rejected(withContext("acme_ctx-01"), "pbx", true)).isEmpty();
        assertThat(rejected(withContext("acme.ctx"), "pbx", true)).containsExactly("pbx.dialplanContext");
        assertThat(rejected(withContext("x".repeat(81)), "pbx", true)).containsExactly("pbx.dialplanContext");
        assertThat(rejected(withContext(""), "pbx", true)).containsExactly("pbx.dialplanContext");
    }

    @Test
    public void amiSecretIsRequiredOnlyWhenAsked() {
        assertThat(rejected(withSecret(null), "pbx", true)).containsExactly("pbx.amiSecret");
        assertThat(rejected(withSecret(" "), "pbx", true)).containsExactly("pbx.amiSecret");
        assertThat(rejected(withSecret(null), "pbx", false)).as("missing keeps the stored secret").isEmpty();
    }

    @Test
    public void aBlankSecretIsRefusedEvenWhenNotRequired() {
        assertThat(rejected(withSecret("  "), "pbx", false)).containsExactly("pbx.amiSecret");
    }

    @Test
    public void amiSecretIsAtMostTwoHundredCharacters() {
        assertThat(rejected(withSecret("s".repeat(200)), "pbx", true)).isEmpty();
        assertThat(rejected(withSecret("s".repeat(201)), "pbx", false)).containsExactly("pbx.amiSecret");
    }

    @Test
    public void r2_toStringHidesTheSecret() {
        String secret = "do-not-log-me";
        assertThat(withSecret(secret).toString()).doesNotContain(secret).contains("***").contains("pbx.example.com");
        assertThat(withSecret(null).toString()).contains("unchanged");
    }

    @Test
    public void agiContextIsTheFormerNameOfDialplanContext() {
        PbxSettings old = new PbxSettings("pbx.example.com", 5038, "centrala", "s3cret", null, "acme-ctx", null);
        assertThat(old.dialplanContext()).isEqualTo("acme-ctx");
        assertThat(rejected(old, "pbx", true)).isEmpty();
        PbxSettings both = new PbxSettings("pbx.example.com", 5038, "centrala", "s3cret", "acme-ctx", "acme-ctx", null);
        assertThat(rejected(both, "pbx", true)).isEmpty();
        PbxSettings differing = new PbxSettings("pbx.example.com", 5038, "centrala", "s3cret", "acme-ctx", "other", null);
        assertThat(rejected(differing, "pbx", true)).containsExactly("pbx.agiContext");
    }
}
