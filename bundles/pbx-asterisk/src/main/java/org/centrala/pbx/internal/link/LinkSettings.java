package org.centrala.pbx.internal.link;

/**
 * The link's tunables, from Config Admin (pid org.centrala.pbx). {@code backoffMaxPerPbx} holds the
 * longest reconnect delay of particular Asterisks ("host:port"), which overrides {@code backoffMaxMillis}.
 */
record LinkSettings(int lanes, int queueCapacity, long backoffInitialMillis, long backoffMaxMillis, long pingMillis,
                    int connectTimeoutMillis, long responseTimeoutMillis, java.util.Map<String, Long> backoffMaxPerPbx) {

    /** "host:port=ms". */
    private static final java.util.regex.Pattern CEILING = java.util.regex.Pattern.compile("\\s*([^\\s:=]+):(\\d{1,5})\\s*=\\s*(\\d{1,9})\\s*");

    LinkSettings {
        backoffMaxPerPbx = java.util.Map.copyOf(backoffMaxPerPbx);
    }

    /** The longest reconnect delay of this Asterisk: its own if one is set, else the node's. */
    long backoffMaxMillis(LinkKey key) {
        return backoffMaxPerPbx.getOrDefault(key.host() + ":" + key.port(), backoffMaxMillis);
    }

    /**
     * Parses "host:port=millis" entries. What cannot be read is returned in {@code refused}, to be
     * said once, and left out: the node's ceiling applies to that Asterisk.
     */
    static java.util.Map<String, Long> perPbx(String[] entries, java.util.List<String> refused) {
        java.util.Map<String, Long> ceilings = new java.util.LinkedHashMap<>();
        // A .cfg file gives one string, commas and all; Config Admin's JSON form gives an array.
        String[] all = java.util.Arrays.stream(entries == null ? new String[0] : entries).filter(java.util.Objects::nonNull)
                .flatMap(e -> java.util.Arrays.stream(e.split(","))).toArray(String[]::new);
        for (String entry : all) {
            if (entry == null || entry.isBlank()) {
                continue;
            }
            java.util.regex.Matcher m = CEILING.matcher(entry);
            if (m.matches() && Long.parseLong(m.group(3)) >= 100) {
                ceilings.put(m.group(1).toLowerCase(java.util.Locale.ROOT) + ":" + Integer.parseInt(m.group(2)), Long.parseLong(m.group(3)));
            } else {
                refused.add(entry);
            }
        }
        return ceilings;
    }
}
