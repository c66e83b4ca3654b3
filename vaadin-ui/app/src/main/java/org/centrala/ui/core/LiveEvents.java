package org.centrala.ui.core;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The core's live event stream of a tenant (server-sent events) as the signed-in user, for a
 * screen that shows changes as they happen (the wallboard). Each event reaches the listener with
 * its type and data on the stream's own thread; the screen hands it to its UI with
 * {@code UI.access}. A stream the core closes (a restart, a slow client cut off) is opened again
 * after a moment with the last event's id, so nothing in the core's buffer is missed; "resync"
 * tells the screen to read everything again.
 */
public final class LiveEvents implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LiveEvents.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ScheduledExecutorService RECONNECTS = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "centrala-ui-live-reconnect");
        thread.setDaemon(true);
        return thread;
    });
    private static final long RECONNECT_MILLIS = 3000;

    private final HttpClient http;
    private final URI uri;
    private final java.util.function.Consumer<HttpRequest.Builder> headers;
    private final BiConsumer<String, JsonNode> listener;
    private volatile String lastId;
    private volatile boolean closed;
    private volatile CompletableFuture<HttpResponse<Stream<String>>> current;

    LiveEvents(HttpClient http, URI uri, java.util.function.Consumer<HttpRequest.Builder> headers, BiConsumer<String, JsonNode> listener) {
        this.http = http;
        this.uri = uri;
        this.headers = headers;
        this.listener = listener;
        connect();
    }

    private void connect() {
        if (closed) {
            return;
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET().header("Accept", "text/event-stream");
        headers.accept(request);
        if (lastId != null) {
            request.setHeader("Last-Event-ID", lastId);
        }
        current = http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines());
        current.whenComplete((answer, failure) -> {
            if (failure == null && answer.statusCode() == 200) {
                read(answer.body());
            } else if (failure == null) {
                answer.body().close();
                LOG.debug("Live events refused by the core: {}", answer.statusCode());
            }
            if (!closed) {
                RECONNECTS.schedule(this::connect, RECONNECT_MILLIS, TimeUnit.MILLISECONDS);
            }
        });
    }

    private void read(Stream<String> lines) {
        String[] type = {null};
        try (lines) {
            lines.forEach(line -> {
                if (closed) {
                    throw new IllegalStateException("closed");
                }
                if (line.startsWith("id: ")) {
                    lastId = line.substring(4);
                } else if (line.startsWith("event: ")) {
                    type[0] = line.substring(7);
                } else if (line.startsWith("data: ") && type[0] != null) {
                    deliver(type[0], line.substring(6));
                    type[0] = null;
                }
            });
        } catch (RuntimeException ended) {
            LOG.debug("Live events ended: {}", ended.toString());
        }
    }

    private void deliver(String type, String data) {
        try {
            listener.accept(type, JSON.readTree(data));
        } catch (IOException | RuntimeException e) {
            LOG.debug("Live event {} not shown: {}", type, e.toString());
        }
    }

    @Override
    public void close() {
        closed = true;
        CompletableFuture<HttpResponse<Stream<String>>> stream = current;
        if (stream != null) {
            stream.thenAccept(answer -> answer.body().close());
            stream.cancel(true);
        }
    }
}
