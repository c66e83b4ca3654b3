package org.centrala.events.internal.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;

import org.centrala.common.ValidationException;
import org.junit.Test;

/** Issue 12: where a webhook may point (SSRF), how deliveries are signed and how retries space out. */
public class DestinationsTest {
    private final Destinations strict = new Destinations(new String[0]);

    @Test
    public void onlyHttpsToPublicAddressesUnlessTheHostIsAllowed() throws Exception {
        assertThat(strict.check("url", "https://203.0.113.7/hook")).isEqualTo(URI.create("https://203.0.113.7/hook"));
        assertThat(refusedBy(strict, "http://203.0.113.7/hook")).contains("must be https");
        assertThat(refusedBy(strict, "https://127.0.0.1:8443/hook")).contains("127.0.0.1").contains("allowedHosts");
        assertThat(refusedBy(strict, "https://169.254.169.254/latest/meta-data")).as("a cloud's metadata service").contains("169.254.169.254");
        assertThat(refusedBy(strict, "https://[::1]/hook")).contains("allowedHosts");
        assertThat(refusedBy(strict, "https://10.1.2.3/hook")).contains("10.1.2.3");
        assertThat(refusedBy(strict, "https://0.0.0.0/hook")).contains("0.0.0.0");
        assertThat(refusedBy(strict, "https://user:pw@203.0.113.7/hook")).contains("user name or password");
        assertThat(refusedBy(strict, "ftp://203.0.113.7/hook")).contains("https URL");
        assertThat(refusedBy(strict, "not a url at all")).isNotEmpty();

        Destinations local = new Destinations(new String[] {"127.0.0.1", " CRM.internal "});
        assertThat(local.check("url", "http://127.0.0.1:9000/hook").getPort()).isEqualTo(9000);
        assertThat(local.refusal(URI.create("http://crm.internal/hook"))).isEmpty();
        assertThat(local.refusal(URI.create("https://localhost/hook"))).as("only the host listed, by name").isPresent();
    }

    @Test
    public void internalAddressesAreTheNodesAndItsNetworks() throws Exception {
        for (String address : new String[] {"127.0.0.2", "169.254.1.1", "192.168.1.1", "172.16.0.1", "100.64.0.1", "224.0.0.1", "fe80::1",
                "fd00::1", "::"}) {
            assertThat(Destinations.internal(InetAddress.getByName(address))).as(address).isTrue();
        }
        for (String address : new String[] {"203.0.113.7", "8.8.8.8", "2001:db8::1", "100.128.0.1"}) {
            assertThat(Destinations.internal(InetAddress.getByName(address))).as(address).isFalse();
        }
    }

    @Test
    public void aSignatureIsTheHmacOfTheTimeAndTheBody() {
        // Computed apart: printf '%s' '1796630400.{"type":"call.ended"}' | openssl dgst -sha256 -hmac whsec_test
        assertThat(Signatures.sign("whsec_test", 1796630400L, "{\"type\":\"call.ended\"}"))
                .isEqualTo("t=1796630400,v1=7c999ae8458cdb862a46f76725eb0305f3e006eba8e7d173d87f1f7a035af4ef");
        assertThat(Signatures.newSecret()).startsWith("whsec_").hasSizeGreaterThan(40).isNotEqualTo(Signatures.newSecret());
    }

    @Test
    public void retriesWaitThreeTimesLongerEachTimeUpToTheMost() {
        WebhookConfig config = new TestConfig(new String[0], 8, 10, 3600);
        assertThat(WebhookSender.backoff(1, config)).isEqualTo(Duration.ofSeconds(10));
        assertThat(WebhookSender.backoff(2, config)).isEqualTo(Duration.ofSeconds(30));
        assertThat(WebhookSender.backoff(5, config)).isEqualTo(Duration.ofSeconds(810));
        assertThat(WebhookSender.backoff(7, config)).isEqualTo(Duration.ofSeconds(3600));
    }

    private static String refusedBy(Destinations destinations, String url) {
        try {
            destinations.check("url", url);
            return "";
        } catch (ValidationException e) {
            return e.errors().get(0).message();
        }
    }

}
