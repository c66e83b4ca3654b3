package org.centrala.web.internal.host;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Finds the address a request came from, for log-in throttling and the log. The peer's address
 * is the answer unless the peer is one of the configured proxies: then {@code X-Forwarded-For} is
 * read from the right, skipping the configured proxies, and the first other address is the
 * client. An address a client writes into the header itself is never believed unless every hop
 * after it is a trusted proxy, so a client cannot pick the address it is throttled under.
 */
public final class ClientAddresses {
    private final List<AddressRange> trusted;

    private ClientAddresses(List<AddressRange> trusted) {
        this.trusted = List.copyOf(trusted);
    }

    /**
     * @param proxies addresses or CIDR ranges ({@code 10.0.0.0/8}, {@code ::1}) of trusted proxies
     * @param rejected told about each entry that is not an address or range; it is left out
     */
    public static ClientAddresses trusting(String[] proxies, Consumer<String> rejected) {
        List<AddressRange> ranges = new ArrayList<>();
        for (String proxy : proxies == null ? new String[0] : proxies) {
            for (String part : proxy.split(",")) {
                if (!part.isBlank()) {
                    try {
                        ranges.add(AddressRange.parse(part.strip()));
                    } catch (IllegalArgumentException e) {
                        rejected.accept(e.getMessage());
                    }
                }
            }
        }
        return new ClientAddresses(ranges);
    }

    public String clientOf(String peer, String forwardedFor) {
        if (peer == null || forwardedFor == null || forwardedFor.isBlank() || !isTrusted(peer)) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!AddressRange.isLiteral(hop)) {
                return peer; // a malformed chain is not evidence of anything: fall back to the proxy itself
            }
            if (!isTrusted(hop)) {
                return hop.toLowerCase(Locale.ROOT);
            }
        }
        return peer;
    }

    private boolean isTrusted(String address) {
        for (AddressRange range : trusted) {
            if (range.contains(address)) {
                return true;
            }
        }
        return false;
    }

    /** An address with a prefix length; parses literals only, never resolves a name. */
    record AddressRange(byte[] network, int prefix) {
        static AddressRange parse(String text) {
            int slash = text.indexOf('/');
            String address = slash < 0 ? text : text.substring(0, slash);
            byte[] bytes = literal(address);
            if (bytes == null) {
                throw new IllegalArgumentException("not an IP address or CIDR range: '" + text + "'");
            }
            int prefix = bytes.length * 8;
            if (slash >= 0) {
                try {
                    prefix = Integer.parseInt(text.substring(slash + 1));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("not a CIDR prefix length: '" + text + "'");
                }
                if (prefix < 0 || prefix > bytes.length * 8) {
                    throw new IllegalArgumentException("CIDR prefix length out of range: '" + text + "'");
                }
            }
            return new AddressRange(bytes, prefix);
        }

        static boolean isLiteral(String text) {
            return literal(text) != null;
        }

        boolean contains(String address) {
            byte[] bytes = literal(address);
            if (bytes == null || bytes.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (bytes[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = 0xFF << (8 - rest);
            return (bytes[full] & mask) == (network[full] & mask);
        }

        private static byte[] literal(String text) {
            // InetAddress.getByName resolves host names; accept only what is visibly a literal.
            if (text.isEmpty() || !text.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == '.' || c == ':')) {
                return null;
            }
            if (text.indexOf(':') < 0 && !text.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
                return null;
            }
            try {
                return InetAddress.getByName(text).getAddress();
            } catch (UnknownHostException e) {
                return null;
            }
        }
    }
}
