package org.centrala.events.internal;

import java.time.Instant;
import java.util.Map;

/**
 * One event of a tenant's live stream: its id in the stream ({@code <stream>.<sequence>}), its type
 * ({@code call.started}, {@code call.ringing}, {@code call.answered}, {@code call.ended},
 * {@code agent.state}, {@code statistics.updated}), when it happened, what it says ({@code data}, as JSON), and whom it is
 * about, which decides who sees it ({@link Visibility}).
 */
public record LiveEvent(String id, long sequence, String type, String tenantId, Instant at, About about, Map<String, Object> data) {

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
