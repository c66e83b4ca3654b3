package org.centrala.ui.core;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.centrala.ui.client.ApiException;

/**
 * What the core answered when it refused a request: its RFC 9457 problem (status, title, detail
 * and the fields it names), or "not reachable" when no answer came at all.
 */
public record CoreProblem(int status, String title, String detail, Map<String, String> fieldErrors) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public static CoreProblem of(ApiException e) {
        if (e.getCode() == 0) {
            return new CoreProblem(0, "Not reachable", null, Map.of());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        String title = null;
        String detail = null;
        try {
            JsonNode body = e.getResponseBody() == null ? null : JSON.readTree(e.getResponseBody());
            if (body != null && body.isObject()) {
                title = text(body, "title");
                detail = text(body, "detail");
                body.path("errors").forEach(error -> fields.merge(error.path("field").asText(""),
                        error.path("message").asText(""), (a, b) -> a + "; " + b));
            }
        } catch (java.io.IOException notJson) {
            // a proxy's HTML error page, say: the status is all there is
        }
        return new CoreProblem(e.getCode(), title, detail, Map.copyOf(fields));
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    public boolean sessionEnded() {
        return status == 401;
    }

    public boolean staleVersion() {
        return status == 412;
    }

    public boolean unreachable() {
        return status == 0 || status == 502 || status == 503 || status == 504;
    }
}
