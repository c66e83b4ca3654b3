package org.centrala.ui.components;

import java.util.List;
import java.util.Map;

import org.centrala.ui.client.ApiResponse;

/** The version of a record as the core sent it (its ETag), to send back with an edit (If-Match). */
public final class Versions {
    private Versions() {
    }

    public static String etag(ApiResponse<?> answer) {
        Map<String, List<String>> headers = answer.getHeaders();
        return headers == null ? null : headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("etag"))
                .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
    }
}
