package org.centrala.provisioning.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.centrala.pbx.PbxConfigFiles.Section;

/**
 * What Centrala writes and replaces as one: a device's endpoint, auth and aor; a queue; the
 * tenant's dialplan context. {@code key} is "device:&lt;endpoint&gt;", "queue:&lt;name&gt;" or
 * "dialplan:&lt;context&gt;"; the fingerprint covers its sections as Asterisk reads them back.
 */
record Unit(String key, List<Section> sections) {
    Unit {
        sections = List.copyOf(sections);
    }

    String fingerprint() {
        StringBuilder text = new StringBuilder();
        for (Section section : sections) {
            text.append('[').append(section.name()).append("]\n");
            section.variables().forEach(v -> text.append(v.name()).append('=').append(v.value()).append('\n'));
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** The part of the key after the kind: the endpoint, queue or context name. */
    String name() {
        return key.substring(key.indexOf(':') + 1);
    }

    String kind() {
        return key.substring(0, key.indexOf(':'));
    }
}
