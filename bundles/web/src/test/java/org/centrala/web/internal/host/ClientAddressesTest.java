package org.centrala.web.internal.host;

import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.Test;

public class ClientAddressesTest {
    private final List<String> rejected = new ArrayList<>();

    private ClientAddresses trusting(String... proxies) {
        return ClientAddresses.trusting(proxies, rejected::add);
    }

    @Test
    public void anUntrustedPeerIsTheClientWhateverItForwards() {
        assertEquals("203.0.113.9", trusting("10.0.0.1").clientOf("203.0.113.9", "198.51.100.1"));
        assertEquals("203.0.113.9", trusting().clientOf("203.0.113.9", "198.51.100.1"));
    }

    @Test
    public void aTrustedProxyNamesTheClient() {
        assertEquals("198.51.100.1", trusting("10.0.0.1").clientOf("10.0.0.1", "198.51.100.1"));
    }

    @Test
    public void theChainIsReadFromTheRightSoAClientCannotChooseItsAddress() {
        // The client wrote 1.2.3.4 itself; the proxy appended the address it saw.
        assertEquals("198.51.100.1", trusting("10.0.0.0/8").clientOf("10.0.0.1", "1.2.3.4, 198.51.100.1"));
        // Two trusted hops: the first untrusted one from the right is the client.
        assertEquals("198.51.100.1", trusting("10.0.0.0/8").clientOf("10.0.0.1", "1.2.3.4, 198.51.100.1, 10.2.3.4"));
    }

    @Test
    public void cidrRangesAndIpv6() {
        ClientAddresses addresses = trusting("192.168.4.0/22, ::1");
        assertEquals("198.51.100.7", addresses.clientOf("192.168.7.255", "198.51.100.7"));
        assertEquals("192.168.8.1", addresses.clientOf("192.168.8.1", "198.51.100.7"));
        assertEquals("2001:db8::1", addresses.clientOf("0:0:0:0:0:0:0:1", "2001:db8::1"));
    }

    @Test
    public void aMalformedChainFallsBackToThePeer() {
        assertEquals("10.0.0.1", trusting("10.0.0.1").clientOf("10.0.0.1", "unknown"));
        assertEquals("10.0.0.1", trusting("10.0.0.1").clientOf("10.0.0.1", "evil.example.com"));
        assertEquals("10.0.0.1", trusting("10.0.0.1").clientOf("10.0.0.1", " "));
        assertEquals("10.0.0.1", trusting("10.0.0.1").clientOf("10.0.0.1", null));
    }

    @Test
    public void badEntriesAreReportedAndLeftOut() {
        ClientAddresses addresses = trusting("proxy.example.com", "10.0.0.0/33", "10.0.0.1");
        assertEquals(2, rejected.size());
        assertEquals("198.51.100.1", addresses.clientOf("10.0.0.1", "198.51.100.1"));
    }
}
