package org.centrala.pbx.internal.link;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with ±20 % jitter, so that many links (or many Centrala nodes) that lost
 * the same Asterisk do not all knock again at the same moment.
 */
final class Backoff {
    private final long initialMillis;
    private final long maxMillis;
    private long next;

    Backoff(long initialMillis, long maxMillis) {
        this.initialMillis = Math.max(1, initialMillis);
        this.maxMillis = Math.max(this.initialMillis, maxMillis);
        this.next = this.initialMillis;
    }

    long nextDelayMillis() {
        long base = next;
        next = Math.min(maxMillis, next * 2);
        double jitter = 0.8 + ThreadLocalRandom.current().nextDouble() * 0.4;
        return Math.max(1, Math.round(base * jitter));
    }

    long maxDelayMillis() {
        return maxMillis;
    }

    void reset() {
        next = initialMillis;
    }
}
