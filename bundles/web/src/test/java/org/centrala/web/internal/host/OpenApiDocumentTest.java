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
        assertThat(fieldNames(document.at("/components/schemas"))).containsExactly("FieldError", "Problem", "SmsSegments", "Tenant");
        assertThat(document.get("tags").findValuesAsText("name")).containsExactly("SMS (example plugin)", "Tenants");
    }

    /** Issue 9, item 8: what a generated client needs, added to every operation. */
    @Test
    public void everyOperationGetsTheSharedConventions() throws IOException {
        Map<String, URL> parts = new HashMap<>();
        parts.put("centrala-directory", part("{\"paths\":{"
                + "\"/tenants/{tenantId}/users\":{\"get\":{\"operationId\":\"listUsers\",\"parameters\":[{\"name\":\"page\",\"in\":\"query\",\"schema\":{\"type\":\"string\"}},"
                + "{\"name\":\"size\",\"in\":\"query\",\"schema\":{\"type\":\"string\"}}],"
                + "\"responses\":{\"default\":{\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/PageUser\"}}}}}},"
                + "\"post\":{\"operationId\":\"createUser\",\"responses\":{\"default\":{\"content\":{\"application/json\":{}}}}}},"
                + "\"/tenants/{tenantId}/users/{id}\":{\"put\":{\"operationId\":\"replaceUser\",\"requestBody\":{\"content\":{\"application/json\":"
                + "{\"schema\":{\"$ref\":\"#/components/schemas/UserDraft\"}}}},\"responses\":{\"default\":{}}},"
                + "\"patch\":{\"operationId\":\"patchUser\",\"requestBody\":{\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/JsonNode\"}}}},"
                + "\"responses\":{\"default\":{\"content\":{\"application/json\":{}}}}},"
                + "\"delete\":{\"operationId\":\"leaveUser\",\"responses\":{\"default\":{}}}},"
                + "\"/health\":{\"get\":{\"operationId\":\"getHealth\",\"responses\":{\"default\":{\"content\":{\"application/json\":{}}}}}}},"
                + "\"components\":{\"schemas\":{\"YearMonth\":{\"type\":\"object\"},\"JsonNode\":{\"type\":\"object\"}}}}"));

        JsonNode document = new ObjectMapper().readTree(OpenApiDocument.assemble(base, parts, java.util.Set.of("/health")));

        assertThat(fieldNames(document.at("/components/securitySchemes"))).containsExactly("basicAuth", "bearerAuth");
        assertThat(document.at("/security").size()).isEqualTo(2);
        JsonNode list = document.at("/paths/~1tenants~1{tenantId}~1users/get");
        assertThat(fieldNames(list.get("responses"))).contains("200", "400", "401", "403", "404", "500", "503").doesNotContain("default", "409", "412");
        assertThat(list.at("/responses/400/$ref").asText()).isEqualTo("#/components/responses/BadRequest");
        assertThat(list.at("/parameters/0/schema/type").asText()).isEqualTo("integer");
        assertThat(list.at("/parameters/1/schema/maximum").asInt()).isEqualTo(500);
        assertThat(fieldNames(document.at("/paths/~1tenants~1{tenantId}~1users/post/responses"))).contains("201", "409");
        JsonNode user = document.at("/paths/~1tenants~1{tenantId}~1users~1{id}");
        assertThat(fieldNames(user.at("/put/responses"))).contains("204", "409", "412");
        assertThat(user.at("/patch/requestBody/content/application~1merge-patch+json/schema/$ref").asText())
                .as("a patch has the shape of the PUT's body").isEqualTo("#/components/schemas/UserDraft");
        assertThat(fieldNames(user.at("/delete/responses"))).contains("204");
        JsonNode health = document.at("/paths/~1health/get");
        assertThat(health.get("security").size()).as("public").isZero();
        assertThat(fieldNames(health.get("responses"))).doesNotContain("401", "403");
        assertThat(document.at("/components/schemas/YearMonth/type").asText()).isEqualTo("string");
        assertThat(document.at("/components/schemas").has("JsonNode")).isFalse();
        assertThat(document.at("/components/responses/NotFound/content/application~1problem+json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/Problem");
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
