package org.centrala.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The hash of an entry: SHA-256 over its fields and the previous entry's hash. Each field is
 * written with its length first, so that no two different entries share an encoding.
 */
final class ChainHash {
    static final String GENESIS = "0".repeat(64);

    private ChainHash() {
    }

    static String of(long sequence, Instant recordedAt, String resellerId, String tenantId, String actor, String userId,
                     String action, String target, String details, String previousHash) {
        StringBuilder text = new StringBuilder();
        for (String field : new String[] {Long.toString(sequence), recordedAt.toString(), resellerId, tenantId, actor, userId,
                action, target, details, previousHash}) {
            if (field == null) {
                text.append("-;");
            } else {
                text.append(field.length()).append(':').append(field).append(';');
            }
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
