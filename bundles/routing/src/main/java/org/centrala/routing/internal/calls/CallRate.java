package org.centrala.routing.internal.calls;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.centrala.common.RateLimitedException;

/** At most so many calls placed per user in a sliding minute (issue 11): a script gone wild is stopped. */
final class CallRate {
    private static final long WINDOW_MILLIS = 60_000;

    private final Clock clock;
    private final Map<String, Deque<Long>> placed = new ConcurrentHashMap<>();
    private volatile int perMinute;

    CallRate(Clock clock, int perMinute) {
        this.clock = clock;
        this.perMinute = perMinute;
    }

    void perMinute(int limit) {
        this.perMinute = limit;
    }

    /** Counts one more call of the user, or refuses it with the seconds until one is allowed again. */
    void admit(String userId) {
        long now = clock.millis();
        Deque<Long> times = placed.computeIfAbsent(userId, id -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst() <= now - WINDOW_MILLIS) {
                times.pollFirst();
            }
            if (times.size() >= perMinute) {
                long retryAfter = Math.max(1, (times.peekFirst() + WINDOW_MILLIS - now + 999) / 1000);
                throw new RateLimitedException("this user placed " + times.size() + " calls in the last minute, the most"
                        + " allowed; try again in " + retryAfter + " s", retryAfter);
            }
            times.addLast(now);
        }
    }
}
