package org.centrala.web.internal.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class OpenApiDocumentTest {
    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private final URL base = RestHost.class.getResource("openapi-base.json");

    @Test
    public void theDocumentHasThePathsSchemasAndTagsOfEveryPart() throws IOException {
        Map<String, URL> parts = new HashMap<>();
        parts.put("centrala-tenancy", part("{\"paths\":{\"/tenants\":{\"get\":{}}},\"components\":{\"schemas\":{\"Tenant\":{\"type\":\"object\"}}},"
                + "\"tags\":[{\"name\":\"Tenants\"}]}"));
        parts.put("centrala-example-sms-channel", part("{\"paths\":{\"/tenants/{tenantId}/sms/segments\":{\"post\":{}}},"
                + "\"components\":{\"schemas\":{\"SmsSegments\":{\"type\":\"object\"}}},\"tags\":[{\"name\":\"SMS (example plugin)\"}]}"));

        JsonNode document = new ObjectMapper().readTree(OpenApiDocument.assemble(base, parts));

        assertThat(document.at("/info/title").asText()).isEqualTo("Centrala API");
        assertThat(document.at("/servers/0/url").asText()).isEqualTo("/api/v1");
        assertThat(fieldNames(document.get("paths"))).containsExactly("/tenants", "/tenants/{tenantId}/sms/segments");
        assertThat(fieldNames(document.at("/components/schemas"))).containsExactly("SmsSegments", "Tenant");
        assertThat(document.get("tags").findValuesAsText("name")).containsExactly("SMS (example plugin)", "Tenants");
    }

    @Test
    public void withoutPartsTheDocumentIsTheBaseAlone() throws IOException {
        JsonNode document = new ObjectMapper().readTree(OpenApiDocument.assemble(base, Map.of()));
        assertThat(document.get("paths").size()).isZero();
        assertThat(document.has("tags")).isFalse();
    }

    @Test
    public void aBundleWithoutAPartAddsNothing() throws IOException {
        Map<String, URL> parts = new HashMap<>();
        parts.put("some-plugin", null);
        JsonNode document = new ObjectMapper().readTree(OpenApiDocument.assemble(base, parts));
        assertThat(document.get("paths").size()).isZero();
    }

    private URL part(String json) throws IOException {
        Path file = folder.newFile().toPath();
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file.toUri().toURL();
    }

    private static java.util.List<String> fieldNames(JsonNode node) {
        java.util.List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
