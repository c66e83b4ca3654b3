package org.centrala.events.internal;

import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One subscriber's events on their way to it: a bounded queue that the stream fills without ever
 * waiting, and that the subscriber's connection empties. A subscriber that falls behind by the
 * whole queue is cut off ({@link #overflowed()}): it reconnects and catches up from the stream's
 * buffer, and the pipeline and the other subscribers never wait for it.
 */
public final class Subscription {
    /** Queued ahead of the events when the subscriber asked for events the buffer no longer holds. */
    static final LiveEvent RESYNC = new LiveEvent(null, -1, "resync", null, null, LiveEvent.About.NOBODY, java.util.Map.of());

    private final Visibility visibility;
    private final Set<String> types;
    private final BlockingQueue<LiveEvent> queue;
    private volatile boolean overflowed;
    private volatile boolean closed;
    /** Set when its connection starts to be written: one that never is (a HEAD, a failed answer) is swept. */
    private volatile boolean started;
    private final long createdNanos = System.nanoTime();

    Subscription(Visibility visibility, Set<String> types, int capacity) {
        this.visibility = visibility;
        this.types = types == null ? Set.of() : Set.copyOf(types);
        this.queue = new ArrayBlockingQueue<>(capacity);
    }

    /** Never blocks: an event it may not see is skipped, one that does not fit cuts the subscriber off. */
    void offer(LiveEvent event) {
        if (closed || overflowed || !wants(event)) {
            return;
        }
        if (!queue.offer(event)) {
            overflowed = true;
        }
    }

    boolean wants(LiveEvent event) {
        return event == RESYNC || (types.isEmpty() || types.contains(event.type())) && visibility.sees(event.about());
    }

    /** The next event, or null after {@code millis} without one (time for a keep-alive). */
    LiveEvent next(long millis) throws InterruptedException {
        return queue.poll(millis, TimeUnit.MILLISECONDS);
    }

    /** The events already queued, for the caller to send together. */
    void drainTo(java.util.List<LiveEvent> into, int max) {
        queue.drainTo(into, max);
    }

    void started() {
        started = true;
    }

    /** Opened more than {@code nanos} ago and never written to its client. */
    boolean abandoned(long nanos) {
        return !started && System.nanoTime() - createdNanos > nanos;
    }

    boolean overflowed() {
        return overflowed;
    }

    void close() {
        closed = true;
    }

    boolean closed() {
        return closed;
    }

    int queued() {
        return queue.size();
    }
}
