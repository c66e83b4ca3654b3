package org.centrala.events.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Writes one subscription's events to its client as they come, several at once when they queued
 * up, a keep-alive comment when the stream is quiet (a client that went away is noticed then), until
 * the subscription is closed (the node stops) or overflowed (the client reads too slowly: it is
 * disconnected, and catches up from the buffer when it reconnects with Last-Event-ID).
 */
public final class EventPump {
    private static final int BATCH = 100;

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
        while (!subscription.closed()) {
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
            subscription.drainTo(batch, BATCH);
            batch.forEach(event -> text.append(frame.apply(event)));
            sink.write(text.toString());
        }
    }
}
