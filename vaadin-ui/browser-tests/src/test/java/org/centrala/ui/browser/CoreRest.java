package org.centrala.ui.browser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The core's REST API as a partner uses it, to set up what a test needs and to check what the UI did. */
final class CoreRest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI api;
    private final String authorization;

    CoreRest(URI api, String username, String password) {
        this(api, "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    private CoreRest(URI api, String authorization) {
        this.api = api;
        this.authorization = authorization;
    }

    /** A client with an API token, as an integration has. */
    static CoreRest bearer(URI api, String token) {
        return new CoreRest(api, "Bearer " + token);
    }

    /** A tenant's live events as this caller: each event's type, data and arrival time, kept as they come. */
    Events events(String path) {
        return new Events(http.sendAsync(HttpRequest.newBuilder(api.resolve(path)).header("Authorization", authorization)
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines()));
    }

    /** Events of a server-sent stream, read on the HTTP client's thread. */
    static final class Events implements AutoCloseable {
        record Received(String type, JsonNode data, long atMillis) {
        }

        private final java.util.List<Received> received = new java.util.concurrent.CopyOnWriteArrayList<>();
        private final java.util.concurrent.CompletableFuture<HttpResponse<java.util.stream.Stream<String>>> response;

        Events(java.util.concurrent.CompletableFuture<HttpResponse<java.util.stream.Stream<String>>> response) {
            this.response = response;
            String[] type = {null};
            response.thenAccept(answer -> {
                try {
                    answer.body().forEach(line -> {
                        if (line.startsWith("event: ")) {
                            type[0] = line.substring(7);
                        } else if (line.startsWith("data: ") && type[0] != null) {
                            try {
                                received.add(new Received(type[0], JSON.readTree(line.substring(6)), System.currentTimeMillis()));
                            } catch (IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
                        }
                    });
                } catch (RuntimeException closed) {
                    // closed by the test
                }
            });
        }

        java.util.List<Received> of(String type) {
            return received.stream().filter(r -> r.type().equals(type)).toList();
        }

        @Override
        public void close() {
            response.thenAccept(answer -> answer.body().close());
            response.cancel(true);
        }
    }

    void delete(String path) {
        send("DELETE", path, null, 200);
    }

    JsonNode get(String path) {
        return send("GET", path, null, 200);
    }

    /** The status the core answers a request with. */
    int status(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(api.resolve(path)).header("Authorization", authorization)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new AssertionError(method + " " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted");
        }
    }

    /** A text answer (an export) as the core sends it. */
    String getText(String path) {
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(api.resolve(path)).header("Authorization", authorization).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new AssertionError("GET " + path + " answered " + answer.statusCode() + ": " + answer.body());
            }
            return answer.body();
        } catch (IOException e) {
            throw new AssertionError("GET " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted");
        }
    }

    JsonNode post(String path, String json) {
        return send("POST", path, json, 201);
    }

    /** A JSON Merge Patch (RFC 7396), as a partner's client sends one. */
    JsonNode patch(String path, String json) {
        HttpRequest request = HttpRequest.newBuilder(api.resolve(path)).header("Authorization", authorization)
                .header("Content-Type", "application/merge-patch+json").method("PATCH", HttpRequest.BodyPublishers.ofString(json)).build();
        try {
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new AssertionError("PATCH " + path + " answered " + answer.statusCode() + ": " + answer.body());
            }
            return JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new AssertionError("PATCH " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted");
        }
    }

    JsonNode put(String path, String json) {
        return send("PUT", path, json, 200);
    }

    private JsonNode send(String method, String path, String json, int expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(api.resolve(path)).header("Authorization", authorization)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() / 100 != 2) {
                throw new AssertionError(method + " " + path + " answered " + answer.statusCode() + ": " + answer.body());
            }
            return answer.body().isEmpty() ? null : JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new AssertionError(method + " " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted");
        }
    }

    /** The id of the tenant of that name, which the operator sees. */
    String tenantNamed(String name) {
        for (JsonNode tenant : get("tenants?size=500").get("items")) {
            if (tenant.get("name").asText().equals(name)) {
                return tenant.get("id").asText();
            }
        }
        throw new AssertionError("no tenant named " + name);
    }
}
