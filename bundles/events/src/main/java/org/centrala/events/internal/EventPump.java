package org.centrala.events.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
    private static final byte[] KEEP_ALIVE = ": keep-alive\n\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] CUT_OFF = ": disconnected, too far behind; reconnect with Last-Event-ID\n\n"
            .getBytes(StandardCharsets.UTF_8);

    /** Where the frames go: the client's connection. */
    public interface Sink {
        /** Adds a frame (or a comment) to what goes next; the connection's buffer takes it. */
        void write(byte[] frame) throws IOException;

        /** Sends what was written: once per write of the stream. */
        void flush() throws IOException;
    }

    private EventPump() {
    }

    /**
     * Writes until the subscription ends. A busy stream is written at most every
     * {@code writeIntervalMillis}: what comes meanwhile goes in one write, and the stream wakes no
     * subscriber's thread for it; a quiet stream's event still goes at once. With a hundred
     * subscribers, waking each for each event took more CPU than the PBX's whole event pipeline,
     * and at 10 ms the wake-ups alone (a hundred threads, a hundred times a second, each taking a
     * core from the AMI reader) still cost the pipeline a tenth of its rate (docs/benchmarks.md).
     */
    public static void pump(Subscription subscription, long keepAliveMillis, long writeIntervalMillis, Sink sink,
                            Function<LiveEvent, byte[]> frame) throws IOException, InterruptedException {
        subscription.started();
        long interval = TimeUnit.MILLISECONDS.toNanos(writeIntervalMillis);
        List<LiveEvent> batch = new ArrayList<>();
        long lastWrite = System.nanoTime() - interval;
        while (!subscription.closed()) {
            for (long tooSoon; (tooSoon = lastWrite + interval - System.nanoTime()) > 0 && !subscription.closed(); ) {
                LockSupport.parkNanos(tooSoon); // may return early: looks again
            }
            if (subscription.overflowed()) {
                // What is queued still goes, so that the client's Last-Event-ID is as recent as it can be.
                writeQueued(subscription, batch, sink, frame);
                sink.write(CUT_OFF);
                sink.flush();
                return;
            }
            LiveEvent first = subscription.next(keepAliveMillis);
            if (first == null) {
                sink.write(KEEP_ALIVE);
                sink.flush();
                continue;
            }
            sink.write(frame.apply(first));
            writeQueued(subscription, batch, sink, frame);
            sink.flush();
            lastWrite = System.nanoTime();
        }
    }

    /** Each frame as it is (made once per event for all subscribers), into the connection's buffer: nothing is joined. */
    private static void writeQueued(Subscription subscription, List<LiveEvent> batch, Sink sink, Function<LiveEvent, byte[]> frame)
            throws IOException {
        batch.clear();
        subscription.drainTo(batch, Integer.MAX_VALUE); // at most the subscriber's queue
        for (LiveEvent event : batch) {
            sink.write(frame.apply(event));
        }
    }
}
