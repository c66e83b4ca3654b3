package org.centrala.distribution;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/** Waits for a condition by checking it every 100 ms until it holds or the deadline passes. */
public final class Poll {
    private Poll() {
    }

    public static <T> T until(String what, Duration timeout, Supplier<T> probe) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Throwable last = null;
        while (System.nanoTime() < deadline) {
            try {
                T value = probe.get();
                if (value != null && !Boolean.FALSE.equals(value)) {
                    return value;
                }
            } catch (RuntimeException | AssertionError e) {
                last = e;
            }
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        }
        throw new AssertionError("Timed out after " + timeout.toSeconds() + " s waiting for " + what, last);
    }

    /** Waits out a benchmark's window (its traffic runs meanwhile), polling for its end. */
    public static void through(Duration window) {
        long end = System.nanoTime() + window.toNanos();
        until("the end of a " + window.toSeconds() + " s window", window.plusSeconds(10), () -> System.nanoTime() >= end);
    }
}
