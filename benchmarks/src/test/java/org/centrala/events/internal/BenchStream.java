package org.centrala.events.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

import org.centrala.directory.CallPartyResolver;
import org.osgi.service.event.EventHandler;

/**
 * The live event stream with its subscribers: the event hub with the node's default limits, and
 * each subscriber a thread that pumps its subscription into SSE frames as the HTTP resource does,
 * (the frames are counted, not sent over a socket: the benchmark measures the pipeline).
 */
public final class BenchStream implements AutoCloseable {
    private final EventHub hub = new EventHub(defaults());
    private final String tenantId;
    private final List<Subscription> subscriptions = new ArrayList<>();
    private final List<Thread> pumps = new ArrayList<>();
    private final LongAdder frames = new LongAdder();

    public BenchStream(CallPartyResolver phones, String tenantId, int subscribers) {
        this.tenantId = tenantId;
        hub.bindResolver(phones);
        Visibility admin = new Visibility("bench-admin", true, true, Set.of());
        for (int i = 0; i < subscribers; i++) {
            Subscription subscription = hub.subscribe(tenantId, admin, Set.of(), null);
            subscriptions.add(subscription);
            Thread pump = new Thread(() -> {
                try {
                    EventPump.pump(subscription, hub.keepAliveMillis(), hub.writeIntervalMillis(), new ConnectionBuffer(), event -> {
                        frames.increment();
                        return event.sseFrame();
                    });
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (Exception | Error e) {
                    // exec:java's thread group keeps uncaught failures to itself: say it here.
                    System.err.println("subscriber failed: " + e);
                }
            }, "bench-subscriber-" + i);
            pump.setDaemon(true);
            pump.start();
            pumps.add(pump);
        }
    }

    /** For the call, agent-state and statistics topics the hub subscribes to. */
    public EventHandler hub() {
        return hub;
    }

    public long framesWritten() {
        return frames.sum();
    }

    /** Subscribers cut off because they fell too far behind. */
    public long overflowed() {
        return subscriptions.stream().filter(Subscription::overflowed).count();
    }

    @Override
    public void close() throws InterruptedException {
        subscriptions.forEach(subscription -> hub.unsubscribe(tenantId, subscription));
        subscriptions.forEach(Subscription::close);
        for (Thread pump : pumps) {
            pump.join(5_000);
        }
        hub.deactivate();
    }

    /** The node's defaults: what EventsConfig declares (and etc/org.centrala.events.cfg ships). */
    private static EventsConfig defaults() {
        return (EventsConfig) java.lang.reflect.Proxy.newProxyInstance(EventsConfig.class.getClassLoader(),
                new Class<?>[] {EventsConfig.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "annotationType" -> EventsConfig.class;
                    case "toString" -> "EventsConfig defaults";
                    case "hashCode" -> 0;
                    case "equals" -> proxy == args[0];
                    default -> method.getDefaultValue();
                });
    }

    /**
     * Stands in for the HTTP connection's output buffer: takes each frame's bytes as Jetty's buffer
     * would (a copy), and a flush empties it (there is no socket: the benchmark measures the pipeline).
     */
    private static final class ConnectionBuffer implements EventPump.Sink {
        private final byte[] buffer = new byte[32 * 1024];
        private int used;

        @Override
        public void write(byte[] frame) {
            if (used + frame.length > buffer.length) {
                used = 0; // a full buffer goes to the socket
            }
            System.arraycopy(frame, 0, buffer, used, Math.min(frame.length, buffer.length));
            used += Math.min(frame.length, buffer.length);
        }

        @Override
        public void flush() {
            used = 0;
        }
    }
}
