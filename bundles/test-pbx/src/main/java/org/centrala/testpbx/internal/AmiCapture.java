package org.centrala.testpbx.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A capture from fixtures/asterisk-20/ami (copied into this bundle as resources): the packets
 * Asterisk wrote, in order, each as its ordered fields. Lines starting with ### (what the client
 * sent) are skipped; CRLF and LF captures both read.
 */
public final class AmiCapture {
    private final List<Map<String, String>> packets;

    private AmiCapture(List<Map<String, String>> packets) {
        this.packets = packets;
    }

    public static AmiCapture load(String name) {
        return loadResource("/fixtures/asterisk-20/ami/" + name);
    }

    /**
     * A capture the project's engineers recorded on a stock Asterisk 20.20.1 built with
     * ../shared/asterisk (src/main/resources/captures/asterisk-20.20.1), e.g. {@code recording.txt}.
     */
    public static AmiCapture loadRecorded(String name) {
        return loadResource("/captures/asterisk-20.20.1/" + name);
    }

    private static AmiCapture loadResource(String resource) {
        try (InputStream in = AmiCapture.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No capture " + resource);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static AmiCapture parse(String text) {
        List<Map<String, String>> packets = new ArrayList<>();
        Map<String, String> current = new LinkedHashMap<>();
        for (String raw : text.replace("\r", "").split("\n", -1)) {
            if (raw.startsWith("###") || raw.startsWith("Asterisk Call Manager/")) {
                continue;
            }
            if (raw.isEmpty()) {
                if (!current.isEmpty()) {
                    packets.add(current);
                    current = new LinkedHashMap<>();
                }
                continue;
            }
            int colon = raw.indexOf(':');
            if (colon > 0) {
                String value = raw.substring(colon + 1);
                current.putIfAbsent(raw.substring(0, colon), value.startsWith(" ") ? value.substring(1) : value);
            }
        }
        if (!current.isEmpty()) {
            packets.add(current);
        }
        return new AmiCapture(packets);
    }

    public List<Map<String, String>> packets() {
        return packets;
    }

    /** Only the events (no responses), in order. */
    public List<Map<String, String>> events() {
        return packets.stream().filter(p -> p.containsKey("Event")).toList();
    }

    /** An event as the bytes Asterisk wrote (CRLF lines, blank line after). */
    public static byte[] render(Map<String, String> packet) {
        AmiMessage message = new AmiMessage();
        packet.forEach(message::put);
        return message.render();
    }
}
