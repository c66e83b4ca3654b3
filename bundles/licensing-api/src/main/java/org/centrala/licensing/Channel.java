package org.centrala.licensing;

/** A licensable channel as clients see it. */
public record Channel(String id, String displayName, boolean builtIn) {
    public static final String VOICE = "voice";
    public static final String CHAT = "chat";
    public static final String EMAIL = "email";
}
