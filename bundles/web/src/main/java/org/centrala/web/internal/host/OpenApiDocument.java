package org.centrala.web.internal.host;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OpenAPI 3 document of what is installed: the host's own base (info, servers) with the part
 * that each bundle with running resources generated from them at build time
 * ({@link org.centrala.web.RestResource#OPENAPI_ENTRY}). A bundle that comes or goes changes the
 * document with the next server generation.
 */
final class OpenApiDocument {
    private static final Logger LOG = LoggerFactory.getLogger(OpenApiDocument.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private OpenApiDocument() {
    }

    /** @param parts each bundle's part by its symbolic name; a null URL means the bundle has none */
    static byte[] assemble(URL base, Map<String, URL> parts) {
        return assemble(base, parts, java.util.Set.of());
    }

    /**
     * @param parts       each bundle's part by its symbolic name; a null URL means the bundle has none
     * @param publicPaths path prefixes that need no credentials
     */
    static byte[] assemble(URL base, Map<String, URL> parts, java.util.Set<String> publicPaths) {
        ObjectNode document = (ObjectNode) read(base);
        ObjectNode paths = document.withObject("/paths");
        ObjectNode schemas = document.withObject("/components").withObject("/schemas");
        Map<String, JsonNode> tags = new TreeMap<>();
        for (Map.Entry<String, URL> part : new TreeMap<>(parts).entrySet()) {
            if (part.getValue() == null) {
                LOG.debug("Bundle {} serves REST resources without an OpenAPI part", part.getKey());
                continue;
            }
            JsonNode node = read(part.getValue());
            copyFields(node.path("paths"), paths);
            copyFields(node.path("components").path("schemas"), schemas);
            node.path("tags").forEach(tag -> tags.put(tag.path("name").asText(), tag));
        }
        sortFields(paths);
        OpenApiConventions.apply(document, publicPaths);
        sortFields(schemas);
        if (!tags.isEmpty()) {
            ArrayNode list = document.putArray("tags");
            tags.values().forEach(list::add);
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyFields(JsonNode from, ObjectNode to) {
        from.fields().forEachRemaining(field -> to.set(field.getKey(), field.getValue()));
    }

    private static void sortFields(ObjectNode node) {
        Map<String, JsonNode> sorted = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            sorted.put(field.getKey(), field.getValue());
        }
        node.removeAll();
        sorted.forEach(node::set);
    }

    private static JsonNode read(URL url) {
        try (InputStream in = url.openStream()) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the OpenAPI part " + url, e);
        }
    }
}
