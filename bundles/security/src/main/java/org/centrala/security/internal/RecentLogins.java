package org.centrala.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.centrala.common.Caller;

/**
 * Successful password log-ins of the last few seconds. A REST client sends its Basic credentials
 * with every request, and Argon2id is slow on purpose (tens of milliseconds): remembering the
 * outcome briefly keeps the API fast without weakening the hash. Only a SHA-256 of name and
 * password is kept, never the password. A changed password, a departed user or a removed
 * administrator takes effect within {@link #TTL}.
 */
final class RecentLogins {
    static final Duration TTL = Duration.ofSeconds(30);
    private static final int MAX_ENTRIES = 10_000;

    private record Entry(Caller caller, Instant expires) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Clock clock;

    RecentLogins(Clock clock) {
        this.clock = clock;
    }

    Optional<Caller> find(String username, String password) {
        Entry entry = entries.get(key(username, password));
        if (entry == null || !clock.instant().isBefore(entry.expires())) {
            return Optional.empty();
        }
        return Optional.of(entry.caller());
    }

    void remember(String username, String password, Caller caller) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key(username, password), new Entry(caller, clock.instant().plus(TTL)));
    }

    void forgetAll() {
        entries.clear();
    }

    private static String key(String username, String password) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(username.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            return HexFormat.of().formatHex(digest.digest(password.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
