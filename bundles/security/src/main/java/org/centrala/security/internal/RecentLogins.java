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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.centrala.common.Caller;

/**
 * Successful password log-ins, remembered with the {@link LoginStamps stamp} they were made under.
 * A REST client sends its Basic credentials with every request, and Argon2id is slow on purpose
 * (tens of milliseconds): remembering the outcome keeps the API fast without weakening the hash.
 * An entry counts only while the stamp is unchanged, so a changed password, a departed user,
 * changed roles or a removed administrator take effect on the next request. Only a SHA-256 of name
 * and password is kept, never the password; entries also lapse after {@link #TTL}.
 */
final class RecentLogins {
    static final Duration TTL = Duration.ofMinutes(10);
    private static final int MAX_ENTRIES = 10_000;

    private record Entry(Caller caller, String stamp, Instant expires) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Optional<Caller>>> checks = new ConcurrentHashMap<>();
    private final Clock clock;

    RecentLogins(Clock clock) {
        this.clock = clock;
    }

    Optional<Caller> find(String username, String password, String stamp) {
        Entry entry = entries.get(key(username, password));
        if (entry == null || !entry.stamp().equals(stamp) || !clock.instant().isBefore(entry.expires())) {
            return Optional.empty();
        }
        return Optional.of(entry.caller());
    }

    /**
     * The remembered caller, or the outcome of {@code check}, run once however many requests with
     * the same credentials arrive meanwhile: the others wait for it rather than each spending an
     * Argon2id verification (a client with 16 connections would otherwise check 16 times whenever
     * the stamp changes). A successful outcome is remembered under {@code stamp}.
     */
    Optional<Caller> findOrCheck(String username, String password, String stamp, Supplier<Optional<Caller>> check) {
        Optional<Caller> remembered = find(username, password, stamp);
        if (remembered.isPresent()) {
            return remembered;
        }
        String flight = key(username, password) + "/" + stamp;
        CompletableFuture<Optional<Caller>> mine = new CompletableFuture<>();
        CompletableFuture<Optional<Caller>> running = checks.putIfAbsent(flight, mine);
        if (running != null) {
            try {
                return running.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException failure ? failure : e;
            }
        }
        try {
            // A flight that ended between the look above and joining: it remembered before it left.
            Optional<Caller> meanwhile = find(username, password, stamp);
            if (meanwhile.isPresent()) {
                mine.complete(meanwhile);
                return meanwhile;
            }
            Optional<Caller> outcome = check.get();
            outcome.ifPresent(caller -> remember(username, password, caller, stamp));
            mine.complete(outcome);
            return outcome;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            checks.remove(flight, mine);
        }
    }

    /** @param stamp the stamp taken before the log-in was checked, so a change made meanwhile voids the entry */
    void remember(String username, String password, Caller caller, String stamp) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key(username, password), new Entry(caller, stamp, clock.instant().plus(TTL)));
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
