package org.centrala.web.internal.host;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What every operation of the assembled OpenAPI document shares, written once here rather than on
 * each resource (issue 9, item 8), so that a generated client can authenticate and read every
 * answer as a type: the security schemes (HTTP Basic and Bearer API tokens), the problem answers
 * (RFC 9457) of each status an operation can give, a numbered success status instead of
 * "default", integer paging, months as {@code YYYY-MM} strings and the body of a merge patch.
 */
final class OpenApiConventions {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String PROBLEM = "application/problem+json";
    /** Status, name of the shared response, and its description. */
    private static final List<String[]> PROBLEMS = List.of(
            new String[] {"400", "BadRequest", "Invalid input: a problem whose errors name each field or query parameter"},
            new String[] {"401", "Unauthorized", "No or wrong credentials"},
            new String[] {"403", "Forbidden", "The caller's role does not allow this operation"},
            new String[] {"404", "NotFound", "No such resource, or one outside the caller's scope (R1)"},
            new String[] {"409", "Conflict", "The request clashes with the current state; the detail says what to do"},
            new String[] {"412", "PreconditionFailed", "If-Match names a version that is no longer current; read again"},
            new String[] {"429", "TooManyRequests", "Too many requests: failed log-ins of this name, or calls placed by this user; see Retry-After"},
            new String[] {"500", "InternalError", "A fault of the server; the detail quotes an incident id"},
            new String[] {"503", "ServiceUnavailable", "The part of the node this needs is being updated; see Retry-After"});
    private static final String SCHEMA_REF = "#/components/schemas/";
    private static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");

    private OpenApiConventions() {
    }

    /** @param publicPaths path prefixes (relative to the server URL) that need no credentials */
    static void apply(ObjectNode document, Set<String> publicPaths) {
        ObjectNode components = document.withObject("/components");
        addSecurity(document, components);
        addProblems(components);
        ObjectNode schemas = components.withObject("/schemas");
        if (schemas.has("YearMonth")) {
            schemas.set("YearMonth", month());
        }
        schemas.forEach(OpenApiConventions::monthsAsText);
        schemas.remove("JsonNode");
        schemas.remove("Month"); // java.time.Month: only YearMonth's getters named it, and months are text now
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            boolean open = publicPaths.stream().anyMatch(prefix -> path.getKey().equals(prefix) || path.getKey().startsWith(prefix + "/"));
            ObjectNode operations = (ObjectNode) path.getValue();
            for (Iterator<Map.Entry<String, JsonNode>> it = operations.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> entry = it.next();
                if (!(entry.getValue() instanceof ObjectNode operation) || entry.getKey().equals("parameters")) {
                    continue;
                }
                String method = entry.getKey();
                numberSuccess(method, operation);
                integerPaging(operation);
                if (method.equals("patch")) {
                    patchBody(operation, operations.path("put"), schemas);
                }
                if (open) {
                    operation.set("security", NODES.arrayNode());
                }
                addProblemResponses(method, operation, open);
            }
        }
    }

    /** A month as the API reads and writes it. */
    private static ObjectNode month() {
        return NODES.objectNode().put("type", "string").put("pattern", "^[0-9]{4}-(0[1-9]|1[0-2])$").put("example", "2026-12")
                .put("description", "a month, YYYY-MM");
    }

    /** Swagger describes a java.time.YearMonth property by its getters; on the wire it is "2026-12". */
    private static void monthsAsText(JsonNode schema) {
        if (!(schema instanceof ObjectNode object)) {
            return;
        }
        JsonNode properties = object.path("properties");
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> property = it.next();
            JsonNode value = property.getValue();
            if (value.path("properties").has("monthValue") && value.path("properties").has("leapYear")) {
                ((ObjectNode) properties).set(property.getKey(), month());
            } else {
                monthsAsText(value);
                monthsAsText(value.path("items"));
            }
        }
    }

    private static void addSecurity(ObjectNode document, ObjectNode components) {
        ObjectNode schemes = components.withObject("/securitySchemes");
        schemes.set("basicAuth", NODES.objectNode().put("type", "http").put("scheme", "basic")
                .put("description", "Node operators, reseller administrators (e-mail) and contact-centre users (username@sign-in-domain) with their password"));
        schemes.set("bearerAuth", NODES.objectNode().put("type", "http").put("scheme", "bearer").put("bearerFormat", "ct_<id>_<secret>")
                .put("description", "An API token (POST /tokens) or a session token (POST /sessions)"));
        document.putArray("security").add(NODES.objectNode().set("basicAuth", NODES.arrayNode()))
                .add(NODES.objectNode().set("bearerAuth", NODES.arrayNode()));
    }

    private static void addProblems(ObjectNode components) {
        ObjectNode fieldError = NODES.objectNode().put("type", "object");
        fieldError.putArray("required").add("field").add("message");
        fieldError.withObject("/properties").set("field", NODES.objectNode().put("type", "string"));
        fieldError.withObject("/properties").set("message", NODES.objectNode().put("type", "string"));
        ObjectNode problem = NODES.objectNode().put("type", "object").put("description", "An RFC 9457 problem document");
        problem.putArray("required").add("type").add("title").add("status");
        ObjectNode properties = problem.withObject("/properties");
        properties.set("type", NODES.objectNode().put("type", "string").put("example", "urn:centrala:problem:validation"));
        properties.set("title", NODES.objectNode().put("type", "string"));
        properties.set("status", NODES.objectNode().put("type", "integer").put("format", "int32"));
        properties.set("detail", NODES.objectNode().put("type", "string"));
        properties.set("instance", NODES.objectNode().put("type", "string"));
        properties.set("errors", NODES.objectNode().put("type", "array").set("items", NODES.objectNode().put("$ref", "#/components/schemas/FieldError")));
        components.withObject("/schemas").set("Problem", problem);
        components.withObject("/schemas").set("FieldError", fieldError);
        ObjectNode responses = components.withObject("/responses");
        for (String[] spec : PROBLEMS) {
            ObjectNode response = NODES.objectNode().put("description", spec[2]);
            response.withObject("/content").withObject("/" + escape(PROBLEM)).set("schema", NODES.objectNode().put("$ref", "#/components/schemas/Problem"));
            responses.set(spec[1], response);
        }
    }

    private static void addProblemResponses(String method, ObjectNode operation, boolean open) {
        ObjectNode responses = operation.withObject("/responses");
        for (String[] spec : PROBLEMS) {
            String status = spec[0];
            boolean applies = switch (status) {
                case "401", "403", "429" -> !open;
                case "409" -> WRITES.contains(method);
                case "412" -> method.equals("put") || method.equals("patch");
                default -> true;
            };
            if (applies && !responses.has(status)) {
                responses.set(status, NODES.objectNode().put("$ref", "#/components/responses/" + spec[1]));
            }
        }
        // An error an operation describes itself without a body (a 409 of its own, a 416) is a problem document too, as
        // every error is; one with a body of its own (the readiness report's 503) keeps it.
        for (Iterator<Map.Entry<String, JsonNode>> it = responses.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> response = it.next();
            if (response.getKey().matches("[45]\\d\\d") && response.getValue() instanceof ObjectNode own && !own.has("$ref")
                    && !own.path("content").fields().hasNext()) {
                own.withObject("/content").withObject("/" + escape(PROBLEM)).set("schema",
                        NODES.objectNode().put("$ref", "#/components/schemas/Problem"));
            }
        }
    }

    /** Swagger writes the answer of a method as "default"; clients want the status it is. */
    private static void numberSuccess(String method, ObjectNode operation) {
        ObjectNode responses = operation.withObject("/responses");
        JsonNode fallback = responses.remove("default");
        if (fallback == null || hasSuccess(responses)) {
            return;
        }
        boolean body = fallback.path("content").fields().hasNext();
        String id = operation.path("operationId").asText();
        String status = switch (method) {
            case "post" -> id.startsWith("create") || id.equals("logIn") ? "201" : body ? "200" : "204";
            case "delete" -> body ? "200" : "204";
            default -> body ? "200" : "204";
        };
        ((ObjectNode) fallback).put("description", status.equals("201") ? "Created" : status.equals("204") ? "No content" : "OK");
        responses.set(status, fallback);
    }

    private static boolean hasSuccess(ObjectNode responses) {
        for (Iterator<String> names = responses.fieldNames(); names.hasNext();) {
            if (names.next().startsWith("2")) {
                return true;
            }
        }
        return false;
    }

    /** Resources take page and size as text to answer a bad value themselves; they are integers. */
    private static void integerPaging(ObjectNode operation) {
        for (JsonNode parameter : operation.path("parameters")) {
            String name = parameter.path("name").asText();
            if (parameter instanceof ObjectNode p && "query".equals(parameter.path("in").asText())) {
                if (name.equals("page")) {
                    p.set("schema", NODES.objectNode().put("type", "integer").put("format", "int32").put("minimum", 0).put("default", 0));
                    p.put("description", "page number, from 0");
                } else if (name.equals("size")) {
                    p.set("schema", NODES.objectNode().put("type", "integer").put("format", "int32").put("minimum", 1).put("maximum", 500)
                            .put("default", 20));
                    p.put("description", "items per page");
                }
            }
        }
    }

    /** A merge patch has the shape of the replacement a PUT on the same path takes, every field optional. */
    private static void patchBody(ObjectNode operation, JsonNode put, ObjectNode schemas) {
        JsonNode schema = put.path("requestBody").path("content").path("application/json").path("schema");
        if (schema.isMissingNode()) {
            return;
        }
        ObjectNode content = operation.withObject("/requestBody").put("required", true).withObject("/content");
        content.removeAll();
        content.withObject("/" + escape("application/merge-patch+json")).set("schema", patchOf(schema, schemas));
    }

    /**
     * The schema of a merge patch of what PUT takes: the same fields, none of them required, and so
     * for the objects inside it (XPatch beside X), so that a generated client can send one field.
     */
    private static JsonNode patchOf(JsonNode schema, ObjectNode schemas) {
        String ref = schema.path("$ref").asText("");
        if (!ref.startsWith(SCHEMA_REF)) {
            return schema.deepCopy();
        }
        String name = ref.substring(SCHEMA_REF.length());
        JsonNode whole = schemas.path(name);
        if (!whole.has("properties")) {
            return schema.deepCopy(); // an enumeration or a plain value: nothing is required in it
        }
        String patchName = name + "Patch";
        if (!schemas.has(patchName)) {
            ObjectNode patch = whole.deepCopy();
            schemas.set(patchName, patch); // before its properties, so that a schema that refers to itself ends
            patch.remove("required");
            patch.put("description", "A JSON Merge Patch (RFC 7396) of " + name + ": only the fields to change; null removes an optional one");
            ObjectNode properties = (ObjectNode) patch.path("properties");
            properties.fieldNames().forEachRemaining(field -> {
                JsonNode property = properties.get(field);
                if (property.has("items")) {
                    ((ObjectNode) property).set("items", patchOf(property.get("items"), schemas));
                } else {
                    properties.set(field, patchOf(property, schemas));
                }
            });
        }
        return NODES.objectNode().put("$ref", SCHEMA_REF + patchName);
    }

    /** JSON Pointer escaping of a media type used as a field name ("/" becomes "~1"). */
    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
