package org.centrala.events.internal;

import java.lang.annotation.Annotation;
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
    private final EventHub hub = new EventHub(new Defaults());
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
                    EventPump.pump(subscription, hub.keepAliveMillis(), text -> { }, event -> {
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

    private static final class Defaults implements EventsConfig {
        @Override
        public int bufferedEvents() {
            return 2000;
        }

        @Override
        public int subscriberQueue() {
            return 1000;
        }

        @Override
        public int maxSubscribers() {
            return 300;
        }

        @Override
        public int keepAliveSeconds() {
            return 15;
        }

        @Override
        public Class<? extends Annotation> annotationType() {
            return EventsConfig.class;
        }
    }
}
