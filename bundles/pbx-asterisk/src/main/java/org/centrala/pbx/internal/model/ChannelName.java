package org.centrala.pbx.internal.model;

/**
 * An Asterisk channel name taken apart: {@code PJSIP/2001-00000000} is technology PJSIP and
 * resource 2001; {@code Local/500@queue-agents-00000009;1} is technology Local.
 */
public record ChannelName(String technology, String resource) {

    public static ChannelName parse(String channel) {
        if (channel == null) {
            return new ChannelName("", "");
        }
        int slash = channel.indexOf('/');
        if (slash < 0) {
            return new ChannelName("", channel);
        }
        String technology = channel.substring(0, slash);
        String rest = channel.substring(slash + 1);
        int semicolon = rest.lastIndexOf(';');
        if (semicolon >= 0) {
            rest = rest.substring(0, semicolon);
        }
        int dash = rest.lastIndexOf('-');
        return new ChannelName(technology, dash > 0 ? rest.substring(0, dash) : rest);
    }

    /** A SIP channel, whose resource may be one of the tenant's devices (or the trunk). */
    public boolean isSip() {
        return "PJSIP".equalsIgnoreCase(technology) || "SIP".equalsIgnoreCase(technology);
    }

    public boolean isLocal() {
        return "Local".equalsIgnoreCase(technology);
    }

    /**
     * The number in a dial string for an external leg: {@code +4915100000001@trunk},
     * {@code trunk/sip:+4915100000001@host} and {@code trunk/+4915100000001} give the number.
     */
    public static String dialledNumber(String dialString) {
        if (dialString == null || dialString.isEmpty()) {
            return null;
        }
        String number = dialString;
        int slash = number.lastIndexOf('/');
        if (slash >= 0) {
            number = number.substring(slash + 1);
        }
        if (number.startsWith("sip:")) {
            number = number.substring(4);
        }
        int at = number.indexOf('@');
        if (at >= 0) {
            number = number.substring(0, at);
        }
        int comma = number.indexOf(',');
        return comma >= 0 ? number.substring(0, comma) : number;
    }
}
