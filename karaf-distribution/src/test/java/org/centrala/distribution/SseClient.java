package org.centrala.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A server-sent events client: reads the stream's lines on a thread of its own. */
final class SseClient implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final CompletableFuture<HttpResponse<java.util.stream.Stream<String>>> response;

    SseClient(HttpClient http, URI uri, String authorization, String lastEventId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Authorization", authorization)
                .header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        response = http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines());
        response.thenAccept(answer -> {
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
            try {
                answer.body().forEach(lines::add);
            } catch (RuntimeException closed) {
                // closed by the test
            }
        });
        Poll.until("the stream open", Duration.ofSeconds(15), () -> !lines.isEmpty());
    }

    /** Opens {@code path} (under /api/v1) of the node under test as that caller. */
    static SseClient open(Api who, String path) {
        return new SseClient(HttpClient.newHttpClient(), URI.create("http://127.0.0.1:" + Integer.getInteger(CentralaContainer.HTTP_PORT_PROPERTY)
                + path), who.authorization(), null);
    }

    /** The data of every event of that type so far, oldest first. */
    List<JsonNode> all(String type) {
        List<JsonNode> found = new ArrayList<>();
        List<String> all = lines();
        for (int i = 0; i + 1 < all.size(); i++) {
            if (all.get(i).equals("event: " + type) && all.get(i + 1).startsWith("data: ")) {
                found.add(read(all.get(i + 1).substring(6)));
            }
        }
        return found;
    }

    List<String> lines() {
        return new ArrayList<>(lines);
    }

    List<String> types() {
        return lines().stream().filter(line -> line.startsWith("event: ")).map(line -> line.substring(7)).toList();
    }

    String lastId() {
        List<String> ids = lines().stream().filter(line -> line.startsWith("id: ")).map(line -> line.substring(4)).toList();
        return ids.get(ids.size() - 1);
    }

    /** The data of the first event of that type (about that call, if given), waiting for it. */
    JsonNode await(String type, String pbxCallId) {
        JsonNode[] found = new JsonNode[1];
        Poll.until("event " + type + (pbxCallId == null ? "" : " of call " + pbxCallId), Duration.ofSeconds(20), () -> {
            List<String> all = lines();
            for (int i = 0; i + 1 < all.size(); i++) {
                if (all.get(i).equals("event: " + type) && all.get(i + 1).startsWith("data: ")) {
                    JsonNode data = read(all.get(i + 1).substring(6));
                    if (pbxCallId == null || pbxCallId.equals(data.path("pbxCallId").asText())) {
                        found[0] = data;
                        return true;
                    }
                }
            }
            return false;
        });
        return found[0];
    }

    /** A JSON text as a tree; an AssertionError naming it if it is not JSON. */
    static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    @Override
    public void close() {
        response.thenAccept(answer -> answer.body().close());
        response.cancel(true);
    }
}
