package org.centrala.testpbx.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Reads AMI actions: "Key: Value" lines up to an empty line; keys lower-cased, first value wins. */
final class AmiActionReader {
    private AmiActionReader() {
    }

    /** @return the next action, or null when the client closed the connection */
    static Map<String, String> next(BufferedReader in) throws IOException {
        Map<String, String> action = new LinkedHashMap<>();
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isEmpty()) {
                if (!action.isEmpty()) {
                    return action;
                }
                continue;
            }
            int colon = line.indexOf(':');
            if (colon > 0) {
                action.putIfAbsent(line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        line.substring(colon + 1).trim());
            }
        }
        return null;
    }
}
