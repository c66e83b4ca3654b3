package org.centrala.events.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;

/**
 * Writes one subscription's events to its client as they come, several at once when they queued
 * up, a keep-alive comment when the stream is quiet (a client that went away is noticed then), until
 * the subscription is closed (the node stops) or overflowed (the client reads too slowly: it is
 * disconnected, and catches up from the buffer when it reconnects with Last-Event-ID).
 */
public final class EventPump {
    /**
     * A busy stream is written at most every 10 ms: what comes meanwhile goes in one write, and
     * the stream wakes no subscriber's thread for it. With a hundred subscribers, waking each for
     * each event took more CPU than the PBX's whole event pipeline; a quiet stream's event still
     * goes at once.
     */
    private static final long LEAST_NANOS_BETWEEN_WRITES = TimeUnit.MILLISECONDS.toNanos(10);

    /** Where the text goes: the client's connection, flushed after each write. */
    @FunctionalInterface
    public interface Sink {
        void write(String text) throws IOException;
    }

    private EventPump() {
    }

    public static void pump(Subscription subscription, long keepAliveMillis, Sink sink, Function<LiveEvent, String> frame)
            throws IOException, InterruptedException {
        subscription.started();
        List<LiveEvent> batch = new ArrayList<>();
        long lastWrite = System.nanoTime() - LEAST_NANOS_BETWEEN_WRITES;
        while (!subscription.closed()) {
            long tooSoon = lastWrite + LEAST_NANOS_BETWEEN_WRITES - System.nanoTime();
            if (tooSoon > 0) {
                LockSupport.parkNanos(tooSoon);
            }
            if (subscription.overflowed()) {
                // What is queued still goes, so that the client's Last-Event-ID is as recent as it can be.
                StringBuilder rest = new StringBuilder();
                subscription.drainTo(batch, Integer.MAX_VALUE);
                batch.forEach(event -> rest.append(frame.apply(event)));
                sink.write(rest + ": disconnected, too far behind; reconnect with Last-Event-ID\n\n");
                return;
            }
            LiveEvent first = subscription.next(keepAliveMillis);
            if (first == null) {
                sink.write(": keep-alive\n\n");
                continue;
            }
            StringBuilder text = new StringBuilder(frame.apply(first));
            batch.clear();
            subscription.drainTo(batch, Integer.MAX_VALUE); // at most the subscriber's queue
            batch.forEach(event -> text.append(frame.apply(event)));
            sink.write(text.toString());
            lastWrite = System.nanoTime();
        }
    }
}
