package org.centrala.events.internal.webhooks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.centrala.events.internal.LiveEvent;
import org.centrala.events.internal.LiveEventTap;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands each live event to the webhooks of its tenant that take its type: on EventAdmin's thread
 * it only matches the event against the active webhooks (kept in memory, read again on every
 * change) and queues it; a thread of its own writes the deliveries to the database, from where
 * {@link WebhookSender} sends them. A webhook gets every event of its types of its tenant, as the
 * tenant's administrators, who make webhooks, see them (R6: back-office users' calls included).
 */
@Component(service = LiveEventTap.class)
public class WebhookDispatcher implements LiveEventTap {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Events waiting to be written as deliveries; beyond it an event is dropped for webhooks, and counted. */
    private static final int QUEUED = 10_000;

    private record Queued(Webhook webhook, LiveEvent event) {
    }

    private final WebhookService service;
    private final WebhookSender sender;
    private final BlockingQueue<Queued> queue = new ArrayBlockingQueue<>(QUEUED);
    private final AtomicLong dropped = new AtomicLong();
    private final Thread writer = new Thread(this::write, "centrala-webhooks-queue");
    private volatile Map<String, List<Webhook>> byTenant = Map.of();
    private volatile boolean running = true;

    @Activate
    public WebhookDispatcher(@Reference WebhookService service, @Reference WebhookSender sender) {
        this.service = service;
        this.sender = sender;
        service.onChange(this::reload);
        reload();
        writer.setDaemon(true);
        writer.start();
    }

    @Deactivate
    void deactivate() {
        running = false;
        writer.interrupt();
    }

    /** The active webhooks, by tenant, as the database has them now. */
    void reload() {
        Map<String, List<Webhook>> fresh = new LinkedHashMap<>();
        service.store().active().forEach(webhook -> fresh.computeIfAbsent(webhook.tenantId(), t -> new ArrayList<>()).add(webhook));
        byTenant = fresh;
    }

    @Override
    public void appended(LiveEvent event) {
        for (Webhook webhook : byTenant.getOrDefault(event.tenantId(), List.of())) {
            if (webhook.eventTypes().contains(event.type()) && !queue.offer(new Queued(webhook, event))) {
                if (dropped.incrementAndGet() % 1000 == 1) {
                    LOG.warn("Webhook deliveries are written slower than events come: {} events dropped for webhooks so far", dropped.get());
                }
            }
        }
    }

    private void write() {
        List<Queued> batch = new ArrayList<>();
        while (running) {
            try {
                Queued first = queue.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                batch.clear();
                batch.add(first);
                queue.drainTo(batch, 199);
                service.store().database().inTransaction(() -> {
                    for (Queued queued : batch) {
                        service.store().enqueue(queued.webhook().id(), queued.webhook().tenantId(), queued.event().id(), queued.event().type(),
                                payload(queued.event()), service.now());
                    }
                    return null;
                });
                sender.wake();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // The database away: these events are lost for the webhooks; the stream still had them.
                LOG.warn("{} webhook deliveries not kept: {}", batch.size(), e.toString());
            }
        }
    }

    /** What is POSTed: the event as the stream's data has it, with its id and tenant. */
    static String payload(LiveEvent event) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", event.id());
        body.put("tenantId", event.tenantId());
        body.putAll(event.fields());
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an event's data is not JSON", e);
        }
    }
}
