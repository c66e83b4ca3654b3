package org.centrala.events.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One tenant's live events: numbered in order, the last {@code capacity} kept for subscribers that
 * reconnect with the id of the last event they got, and handed to every current subscriber.
 */
final class TenantStream {
    private final String streamId;
    private final int capacity;
    private final Deque<LiveEvent> buffer = new ArrayDeque<>();
    private final List<Subscription> subscribers = new CopyOnWriteArrayList<>();
    private long sequence;

    TenantStream(String streamId, int capacity) {
        this.streamId = streamId;
        this.capacity = capacity;
    }

    /** Numbers the event, keeps it, hands it to the subscribers; never waits for one of them. */
    synchronized LiveEvent append(String type, String tenantId, java.time.Instant at, LiveEvent.About about,
                                  java.util.Map<String, Object> data) {
        long next = ++sequence;
        LiveEvent event = new LiveEvent(streamId + "." + next, next, type, tenantId, at, about, data);
        buffer.addLast(event);
        if (buffer.size() > capacity) {
            buffer.removeFirst();
        }
        subscribers.forEach(subscription -> subscription.offer(event));
        return event;
    }

    /**
     * A new subscriber. With {@code lastEventId} (the SSE Last-Event-ID of a reconnecting client) it
     * first gets what it missed, if the buffer still holds it; if not (too old, or of a stream of
     * before the node's restart) a {@code resync} first, which tells it to read the state afresh.
     */
    synchronized Subscription subscribe(Visibility visibility, Set<String> types, int queueCapacity, String lastEventId) {
        Subscription subscription = new Subscription(visibility, types, queueCapacity);
        if (lastEventId != null && !lastEventId.isBlank()) {
            long after = sequenceOf(lastEventId.strip());
            LiveEvent oldest = buffer.peekFirst();
            if (after < 0 || after > sequence || oldest != null && after < oldest.sequence() - 1
                    || oldest == null && after < sequence) {
                subscription.offer(Subscription.RESYNC);
            } else {
                buffer.stream().filter(event -> event.sequence() > after).forEach(subscription::offer);
            }
        }
        subscribers.add(subscription);
        return subscription;
    }

    void unsubscribe(Subscription subscription) {
        subscription.close();
        subscribers.remove(subscription);
    }

    /** Ends every subscription (the node or this bundle stops): their connections end, and they reconnect. */
    void closeAll() {
        subscribers.forEach(Subscription::close);
        subscribers.clear();
    }

    /** The subscriptions that were opened and never written to their client (see {@link Subscription#abandoned}). */
    List<Subscription> abandoned(long nanos) {
        return subscribers.stream().filter(subscription -> subscription.abandoned(nanos)).toList();
    }

    int subscribers() {
        return subscribers.size();
    }

    /** The sequence of an id of this stream, or -1 for another stream's (another run of the node) or none. */
    private long sequenceOf(String eventId) {
        int dot = eventId.lastIndexOf('.');
        if (dot <= 0 || !eventId.substring(0, dot).equals(streamId)) {
            return -1;
        }
        try {
            return Long.parseLong(eventId.substring(dot + 1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
