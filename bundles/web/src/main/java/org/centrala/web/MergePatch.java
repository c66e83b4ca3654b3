package org.centrala.web;

import java.util.Iterator;
import java.util.Map;

import org.centrala.common.ValidationException;
import org.centrala.web.internal.json.JsonMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * JSON Merge Patch (RFC 7396) for {@code PATCH}: the fields sent replace the current ones, a field
 * sent as {@code null} is cleared, an object merges into the current object, and what is not sent
 * stays as it is. The result is read as the resource's draft with the API's own rules, so an
 * unknown field or a wrong type answers 400 exactly as it does for {@code PUT}.
 */
public final class MergePatch {
    public static final String MEDIA_TYPE = "application/merge-patch+json";
    private static final ObjectMapper JSON = JsonMapper.create();

    private MergePatch() {
    }

    /**
     * @param current the resource as it is now, as a draft of the type {@code PUT} takes
     * @throws JsonProcessingException an unknown field or a wrong type, answered 400 naming the field
     */
    public static <D> D apply(D current, JsonNode patch, Class<D> type) throws JsonProcessingException {
        if (patch == null || !patch.isObject()) {
            throw new ValidationException("body", "must be a JSON object: a merge patch (RFC 7396) of the fields to change");
        }
        JsonNode merged = merge(JSON.valueToTree(current), patch);
        return JSON.treeToValue(merged, type);
    }

    static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy() : JSON.createObjectNode();
        for (Iterator<Map.Entry<String, JsonNode>> fields = patch.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getValue().isNull()) {
                result.remove(field.getKey());
            } else {
                result.set(field.getKey(), merge(result.get(field.getKey()), field.getValue()));
            }
        }
        return result;
    }
}
