package org.centrala.distribution;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Waits for a condition by checking it every 100 ms until it holds or the deadline passes. */
public final class Poll {
    private Poll() {
    }

    public static <T> T until(String what, Duration timeout, Supplier<T> probe) {
        return until(what, timeout, probe, value -> value != null && !Boolean.FALSE.equals(value), false);
    }

    /** Waits until the probe's value is what is waited for; a time-out says the last value seen. */
    public static <T> T until(String what, Duration timeout, Supplier<T> probe, Predicate<T> done) {
        return until(what, timeout, probe, done, true);
    }

    private static <T> T until(String what, Duration timeout, Supplier<T> probe, Predicate<T> done, boolean sayLast) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Throwable last = null;
        T lastValue = null;
        while (System.nanoTime() < deadline) {
            try {
                lastValue = probe.get();
                if (done.test(lastValue)) {
                    return lastValue;
                }
            } catch (RuntimeException | AssertionError e) {
                last = e;
            }
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        }
        // Said in the message: Pax Exam reports only the innermost cause.
        throw new AssertionError("Timed out after " + timeout.toSeconds() + " s waiting for " + what
                + (sayLast ? "; last seen: " + lastValue : ""), last);
    }

    /** Waits out a benchmark's window (its traffic runs meanwhile), polling for its end. */
    public static void through(Duration window) {
        long end = System.nanoTime() + window.toNanos();
        until("the end of a " + window.toSeconds() + " s window", window.plusSeconds(10), () -> System.nanoTime() >= end);
    }
}
