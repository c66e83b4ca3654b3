package org.centrala.web.internal.host;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/** A count of requests being served, and a wait for it to reach zero. */
final class InFlight {
    private final AtomicInteger count = new AtomicInteger();

    void enter() {
        count.incrementAndGet();
    }

    void leave() {
        count.decrementAndGet();
    }

    /** Waits until no request is being served or the time is up; true if none is. */
    boolean awaitNone(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (count.get() > 0) {
            if (System.nanoTime() >= deadline) {
                return false;
            }
            Thread.sleep(5);
        }
        return true;
    }
}
