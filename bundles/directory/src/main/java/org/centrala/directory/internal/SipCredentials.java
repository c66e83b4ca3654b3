package org.centrala.directory.internal;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Generated SIP credentials (R3): a username no one has to invent and a secret of 144 random
 * bits, which is returned once and never shown again.
 */
final class SipCredentials {
    private static final char[] ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();

    private final SecureRandom random = new SecureRandom();

    String username() {
        StringBuilder name = new StringBuilder("sip-");
        for (int i = 0; i < 12; i++) {
            name.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return name.toString();
    }

    String secret() {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
