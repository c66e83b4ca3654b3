package org.centrala.events.internal;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One event of a tenant's live stream: its id in the stream ({@code <stream>.<sequence>}), its type
 * ({@code call.started}, {@code call.ringing}, {@code call.answered}, {@code call.ended},
 * {@code agent.state}, {@code statistics.updated}), when it happened, what it says ({@code data}, as JSON), and whom it is
 * about, which decides who sees it ({@link Visibility}).
 */
public record LiveEvent(String id, long sequence, String type, String tenantId, Instant at, About about, Map<String, Object> data,
                        Frame frame) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public LiveEvent(String id, long sequence, String type, String tenantId, Instant at, About about, Map<String, Object> data) {
        this(id, sequence, type, tenantId, at, about, data, new Frame());
    }

    /** What a client gets of the event, as JSON fields: its type, when, then its data (the stream's and the webhooks' body). */
    public Map<String, Object> fields() {
        Map<String, Object> fields = new java.util.LinkedHashMap<>();
        fields.put("type", type);
        if (at != null) {
            fields.put("at", at.toString());
        }
        fields.putAll(data);
        return fields;
    }

    /**
     * The event as a stream sends it, one server-sent event in UTF-8: id, event and data lines (JSON
     * never spans lines), then a blank line. Made once for all the stream's subscribers: with a
     * hundred of them, writing and encoding it for each took more CPU than the PBX's whole event pipeline.
     */
    public byte[] sseFrame() {
        byte[] bytes = frame.bytes;
        if (bytes == null) {
            try {
                bytes = ((id == null ? "" : "id: " + id + "\n") + "event: " + type + "\ndata: " + JSON.writeValueAsString(fields())
                        + "\n\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("an event's data is not JSON", e);
            }
            // Two subscribers may both make it; they make the same bytes.
            frame.bytes = bytes;
        }
        return bytes;
    }

    /** Holds the event's frame once made (no part of what the event says: every holder equals every other). */
    public static final class Frame {
        private volatile byte[] bytes;

        @Override
        public boolean equals(Object other) {
            return other instanceof Frame;
        }

        @Override
        public int hashCode() {
            return 0;
        }

        @Override
        public String toString() {
            return "Frame";
        }
    }

    /**
     * The party an event is about, as the call records and agents name it: a user of a department,
     * back-office or contact-centre (R6), or nobody (a call not attributed yet).
     */
    public record About(String userId, String departmentId, String userType, boolean figures) {
        public static final About NOBODY = new About(null, null, null);

        public About(String userId, String departmentId, String userType) {
            this(userId, departmentId, userType, false);
        }

        /**
         * Statistics of a subject (issue 12): an agent's (its user id), a queue's or department's (its
         * department), or the tenant's (neither), which its statistics readers see (R18).
         */
        public static About figures(String userId, String departmentId) {
            return new About(userId, departmentId, "CONTACT_CENTRE", true);
        }
    }
}
