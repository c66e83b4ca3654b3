package org.centrala.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.centrala.web.LoginThrottledException;

/**
 * Slows down password guessing: after {@code freeFailures} failed log-ins of a name (or from an
 * address) in a row, each further attempt must wait twice as long as the one before, up to
 * {@code maxDelay}. A success clears the name's record. Kept in memory: a restart forgives, which
 * is acceptable for a delay that lasts minutes.
 */
final class LoginThrottle {
    private static final int MAX_KEYS = 100_000;

    private record Failures(int count, Instant blockedUntil) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;
    private volatile int freeFailures;
    private volatile Duration maxDelay;

    LoginThrottle(Clock clock, int freeFailures, Duration maxDelay) {
        this.clock = clock;
        configure(freeFailures, maxDelay);
    }

    void configure(int freeFailures, Duration maxDelay) {
        this.freeFailures = freeFailures;
        this.maxDelay = maxDelay;
    }

    /** @throws LoginThrottledException if any of the keys must still wait */
    void check(String... keys) {
        Instant now = clock.instant();
        for (String key : keys) {
            Failures record = key == null ? null : failures.get(key);
            if (record != null && record.blockedUntil() != null && now.isBefore(record.blockedUntil())) {
                throw new LoginThrottledException(Math.max(1, Duration.between(now, record.blockedUntil()).toSeconds()));
            }
        }
    }

    void failed(String... keys) {
        if (failures.size() > MAX_KEYS) {
            // Never let a flood of invented names exhaust memory: forget the oldest state wholesale.
            failures.clear();
        }
        Instant now = clock.instant();
        for (String key : keys) {
            if (key != null) {
                failures.compute(key, (k, old) -> {
                    int count = old == null ? 1 : old.count() + 1;
                    return new Failures(count, count <= freeFailures ? null : now.plus(delay(count - freeFailures)));
                });
            }
        }
    }

    void succeeded(String key) {
        if (key != null) {
            failures.remove(key);
        }
    }

    private Duration delay(int excess) {
        long seconds = excess >= 20 ? Long.MAX_VALUE : 1L << (excess - 1);
        return seconds >= maxDelay.toSeconds() ? maxDelay : Duration.ofSeconds(seconds);
    }
}
