package org.centrala.testpbx.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One AMI packet (response or event): ordered "Key: Value" lines ended by an empty line. */
final class AmiMessage {
    private final List<Map.Entry<String, String>> fields = new ArrayList<>(24);

    static AmiMessage event(String name, String privilege) {
        AmiMessage message = new AmiMessage().put("Event", name);
        return privilege == null ? message : message.put("Privilege", privilege);
    }

    static AmiMessage response(String response, String actionId) {
        AmiMessage message = new AmiMessage().put("Response", response);
        return actionId == null ? message : message.put("ActionID", actionId);
    }

    AmiMessage put(String key, Object value) {
        fields.add(Map.entry(key, value == null ? "" : String.valueOf(value)));
        return this;
    }

    String get(String key) {
        for (Map.Entry<String, String> field : fields) {
            if (field.getKey().equals(key)) {
                return field.getValue();
            }
        }
        return null;
    }

    String name() {
        String event = get("Event");
        return event != null ? event : "Response";
    }

    /** A copy that carries the ActionID right after the event name, as list responses do. */
    AmiMessage withActionId(String actionId) {
        AmiMessage copy = new AmiMessage();
        for (Map.Entry<String, String> field : fields) {
            copy.fields.add(field);
        }
        if (actionId != null) {
            copy.fields.add(1, Map.entry("ActionID", actionId));
        }
        return copy;
    }

    byte[] render() {
        StringBuilder text = new StringBuilder(fields.size() * 32);
        for (Map.Entry<String, String> field : fields) {
            text.append(field.getKey()).append(": ").append(field.getValue()).append("\r\n");
        }
        return text.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return new String(render(), StandardCharsets.UTF_8);
    }
}
