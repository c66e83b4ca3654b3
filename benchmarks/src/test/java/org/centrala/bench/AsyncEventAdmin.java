package org.centrala.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.LongAdder;

import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.event.EventHandler;

/**
 * Stands in for the container's EventAdmin outside OSGi: posted events are delivered in the order
 * they were posted, on one delivery thread, to the handlers of their topic (Felix EventAdmin delivers
 * {@code postEvent} asynchronously and in order per posting thread, from a pool).
 */
final class AsyncEventAdmin implements EventAdmin, AutoCloseable {
    private static final Event STOP = new Event("bench/stop", Map.of());

    private final Map<String, List<EventHandler>> handlers = new ConcurrentHashMap<>();
    private final LinkedBlockingQueue<Event> posted = new LinkedBlockingQueue<>();
    private final LongAdder delivered = new LongAdder();
    private final LongAdder failures = new LongAdder();
    private final Thread delivery = new Thread(this::deliver, "bench-event-admin");

    AsyncEventAdmin() {
        delivery.setDaemon(true);
        delivery.start();
    }

    void subscribe(EventHandler handler, String... topics) {
        for (String topic : topics) {
            handlers.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(handler);
        }
    }

    long delivered() {
        return delivered.sum();
    }

    long failures() {
        return failures.sum();
    }

    @Override
    public void postEvent(Event event) {
        posted.add(event);
    }

    @Override
    public void sendEvent(Event event) {
        handle(event);
    }

    private void deliver() {
        try {
            for (Event event = posted.take(); event != STOP; event = posted.take()) {
                handle(event);
                delivered.increment();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(Event event) {
        for (EventHandler handler : handlers.getOrDefault(event.getTopic(), List.of())) {
            try {
                handler.handleEvent(event);
            } catch (RuntimeException e) {
                // As EventAdmin does: the handler's failure is logged and the next handler still gets the event.
                failures.increment();
                System.err.println("handler failed on " + event.getTopic() + ": " + e);
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        posted.add(STOP);
        delivery.join(30_000);
    }
}
