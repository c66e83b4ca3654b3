package org.centrala.events.internal.webhooks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the deliveries that are due: a signed JSON POST each ({@link Signatures}), a 2xx is
 * DELIVERED; anything else (another status, no answer in time, a refused address) is tried again
 * after a wait that grows threefold from {@code firstRetrySeconds} up to {@code maxRetrySeconds},
 * and FAILED after {@code maxAttempts}. A delivery is leased while it is sent, so that one cut off
 * by a stop is sent again after, and never twice at once. Redirects are never followed.
 */
@Component(service = WebhookSender.class)
public class WebhookSender {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookSender.class);
    private static final Duration LEASE_MARGIN = Duration.ofSeconds(30);

    private final WebhookService service;
    private final ScheduledExecutorService claimer = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "centrala-webhooks-claim"));
    private final ExecutorService senders;
    private final HttpClient http;
    private final AtomicBoolean woken = new AtomicBoolean();
    private volatile Instant lastPruned = Instant.EPOCH;

    @Activate
    public WebhookSender(@Reference WebhookService service) {
        this.service = service;
        WebhookConfig config = service.config();
        this.senders = Executors.newFixedThreadPool(Math.max(1, config.senders()), r -> new Thread(r, "centrala-webhooks-send"));
        // The client's own threads, not the senders': a sender waits for its answer.
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
        claimer.scheduleWithFixedDelay(this::claim, 1, 1, TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() {
        claimer.shutdownNow();
        senders.shutdownNow();
    }

    /** New deliveries were queued: look for due ones now rather than within the second. */
    void wake() {
        if (woken.compareAndSet(false, true)) {
            claimer.execute(() -> {
                woken.set(false);
                claim();
            });
        }
    }

    private void claim() {
        try {
            WebhookConfig config = service.config();
            Instant now = service.now();
            List<JdbcWebhooks.Due> due = service.store().claimDue(now, now.plusSeconds(config.timeoutSeconds()).plus(LEASE_MARGIN),
                    Math.max(1, config.senders()) * 4);
            due.forEach(delivery -> senders.execute(() -> send(delivery, config)));
            prune(now, config);
        } catch (RuntimeException e) {
            // The database away: the deliveries wait in it for the next look.
            LOG.debug("Webhook deliveries not looked at: {}", e.toString());
        }
    }

    void send(JdbcWebhooks.Due delivery, WebhookConfig config) {
        int attempt = delivery.attempts() + 1;
        Integer status = null;
        String error;
        try {
            URI uri = URI.create(delivery.url());
            Optional<String> refused = service.destinations().refusal(uri);
            if (refused.isPresent()) {
                error = "not sent: the URL " + refused.get();
            } else {
                long unix = service.now().getEpochSecond();
                HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(Math.max(1, config.timeoutSeconds())))
                        .header("Content-Type", "application/json")
                        .header("User-Agent", "Centrala-Webhooks/1")
                        .header(Signatures.HEADER, Signatures.sign(delivery.secret(), unix, delivery.payload()))
                        .header("Centrala-Event-Id", delivery.eventId())
                        .header("Centrala-Event-Type", delivery.eventType())
                        .header("Centrala-Delivery-Id", delivery.id())
                        .POST(HttpRequest.BodyPublishers.ofString(delivery.payload())).build();
                HttpResponse<Void> answer = http.send(request, HttpResponse.BodyHandlers.discarding());
                status = answer.statusCode();
                if (status >= 200 && status < 300) {
                    service.store().delivered(delivery.id(), attempt, status, service.now());
                    return;
                }
                error = "answered " + status;
            }
        } catch (IOException e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            error = "not a URL: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return; // stopping: the lease runs out and the delivery is tried again
        }
        boolean givenUp = attempt >= Math.max(1, config.maxAttempts());
        Instant now = service.now();
        try {
            service.store().failedAttempt(delivery.id(), attempt, status, error, givenUp ? now : now.plus(backoff(attempt, config)), givenUp, now);
        } catch (RuntimeException e) {
            LOG.debug("Webhook delivery {} not updated: {}", delivery.id(), e.toString());
            return;
        }
        // The receiver's trouble, not Centrala's: visible per delivery over REST, logged below WARN.
        LOG.info("Webhook delivery {} of event {} to {}: attempt {} failed ({}){}", delivery.id(), delivery.eventId(), delivery.url(), attempt,
                error, givenUp ? "; given up" : "");
    }

    /** The wait after the attempt-th failure: first, then three times longer each time, at most the maximum. */
    static Duration backoff(int attempt, WebhookConfig config) {
        long wait = Math.max(1, config.firstRetrySeconds());
        for (int i = 1; i < attempt && wait < config.maxRetrySeconds(); i++) {
            wait *= 3;
        }
        return Duration.ofSeconds(Math.min(wait, Math.max(1, config.maxRetrySeconds())));
    }

    private void prune(Instant now, WebhookConfig config) {
        if (Duration.between(lastPruned, now).toHours() >= 1) {
            lastPruned = now;
            int forgotten = service.store().forgetFinishedBefore(now.minus(Duration.ofDays(Math.max(1, config.keepDays()))));
            LOG.debug("Forgot {} finished webhook deliveries", forgotten);
        }
    }
}
