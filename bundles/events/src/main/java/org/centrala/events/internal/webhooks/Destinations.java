package org.centrala.events.internal.webhooks;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.centrala.common.ValidationException;

/**
 * Where a webhook may point (issue 12): https to a public address. Plain http, and addresses of the
 * node itself or its networks (loopback, link-local such as 169.254.169.254, private, unique-local,
 * unspecified, multicast), only for hosts an operator listed in {@code allowedHosts}. Checked when a
 * webhook is made and again before each delivery, on every address its name resolves to then; a
 * redirect is never followed.
 */
final class Destinations {
    private final Set<String> allowedHosts;

    Destinations(String[] allowedHosts) {
        this.allowedHosts = allowedHosts == null ? Set.of() : java.util.Arrays.stream(allowedHosts).map(h -> h.strip().toLowerCase(Locale.ROOT))
                .filter(h -> !h.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    /** The URL's form and, if its host resolves now, its addresses; a 400 naming {@code field} otherwise. */
    URI check(String field, String url) {
        URI uri = parse(field, url);
        try {
            refusal(uri).ifPresent(reason -> {
                throw new ValidationException(field, reason);
            });
        } catch (UnknownHostException notNow) {
            // A name that does not resolve today may tomorrow: its deliveries fail visibly until then.
        }
        return uri;
    }

    /** Why a delivery to this URL may not be sent now, if it may not; resolving its host again. */
    java.util.Optional<String> refusal(URI uri) throws UnknownHostException {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        boolean allowed = allowedHosts.contains(host);
        if (!"https".equalsIgnoreCase(uri.getScheme()) && !allowed) {
            return java.util.Optional.of("must be https; plain http only to a host in allowedHosts (etc/org.centrala.webhooks.cfg)");
        }
        if (allowed) {
            return java.util.Optional.empty();
        }
        for (InetAddress address : InetAddress.getAllByName(host)) {
            if (internal(address)) {
                return java.util.Optional.of("points at " + address.getHostAddress() + ", an address of the node or its network (loopback,"
                        + " link-local, private); only hosts in allowedHosts (etc/org.centrala.webhooks.cfg) may");
            }
        }
        return java.util.Optional.empty();
    }

    static boolean internal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isAnyLocalAddress() || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xfe) == 0xfc; // unique-local fc00::/7
        }
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            return first == 0 || first == 100 && second >= 64 && second < 128; // "this network", carrier-grade NAT
        }
        return false;
    }

    private static URI parse(String field, String url) {
        if (url == null || url.isBlank()) {
            throw new ValidationException(field, "is required: an https URL");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new ValidationException(field, "is not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
            throw new ValidationException(field, "must be an https URL with a host");
        }
        if (uri.getRawUserInfo() != null) {
            throw new ValidationException(field, "must not carry a user name or password; the signature authenticates Centrala");
        }
        if (uri.getRawFragment() != null) {
            throw new ValidationException(field, "must not have a fragment (#...)");
        }
        if (url.strip().length() > 2000) {
            throw new ValidationException(field, "is longer than 2000 characters");
        }
        return uri;
    }
}
