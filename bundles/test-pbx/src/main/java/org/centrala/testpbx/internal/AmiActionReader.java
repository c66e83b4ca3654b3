package org.centrala.testpbx.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads AMI actions: "Key: Value" lines up to an empty line; keys lower-cased, first value wins.
 * Like Asterisk (AST_MAX_MANHEADERS in include/asterisk/manager.h), only the first 128 lines of an
 * action count: the rest are dropped without a word, which is how a long UpdateConfig loses edits.
 */
final class AmiActionReader {
    static final int MAX_HEADERS = 128;

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
            if (colon > 0 && action.size() < MAX_HEADERS) {
                action.putIfAbsent(line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        line.substring(colon + 1).trim());
            }
        }
        return null;
    }
}
