package org.centrala.tenancy;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Sign-in domains (issue 9): a tenant's user signs in as {@code username@domain}, so two tenants
 * can each have an {@code agent-a}. A domain has no dot, which tells it apart from the e-mail
 * address a reseller administrator signs in with.
 */
public final class SignInDomains {
    public static final int MAX_LENGTH = 40;
    public static final Pattern PATTERN = Pattern.compile("[a-z0-9](?:[a-z0-9-]*[a-z0-9])?");
    public static final String EXPECTATION = "1 to " + MAX_LENGTH
            + " lower-case letters, digits or '-', not starting or ending with '-' (no dot: it is not an e-mail domain)";

    private SignInDomains() {
    }

    /** A domain made from a tenant's name: "Ädler & Söhne GmbH" gives "adler-sohne-gmbh". */
    public static String derive(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        String domain = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (domain.length() > MAX_LENGTH) {
            domain = domain.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return domain.isEmpty() ? "tenant" : domain;
    }

    /** The same domain with a number that makes it free: "acme" gives "acme-2", "acme-3"... */
    public static String numbered(String domain, int number) {
        String suffix = "-" + number;
        String stem = domain.length() + suffix.length() > MAX_LENGTH ? domain.substring(0, MAX_LENGTH - suffix.length()) : domain;
        return stem.replaceAll("-+$", "") + suffix;
    }

    /**
     * The parts of a sign-in name that names a tenant's user, {@code [username, domain]}, or null
     * when it is something else (a reseller administrator's e-mail address, a bare user name).
     */
    public static String[] split(String signInName) {
        int at = signInName.lastIndexOf('@');
        if (at <= 0 || at == signInName.length() - 1) {
            return null;
        }
        String domain = signInName.substring(at + 1);
        return domain.contains(".") ? null : new String[] {signInName.substring(0, at), domain};
    }
}
