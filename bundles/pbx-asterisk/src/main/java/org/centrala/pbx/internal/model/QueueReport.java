package org.centrala.pbx.internal.model;

import java.time.Instant;

/**
 * What the PBX said about a queue member, as one of {@link org.centrala.pbx.QueueTopics}' topics:
 * the member's (or, for a caller's joining and leaving, the caller's call and context) interface, and what the event carries (status, pause and reason, the caller's call).
 */
public record QueueReport(String topic, String queue, String memberInterface, Integer status, Boolean paused,
                          String reason, String pbxCallId, Instant at, String context) {

    /** A member's report, about no caller's context. */
    public QueueReport(String topic, String queue, String memberInterface, Integer status, Boolean paused,
                       String reason, String pbxCallId, Instant at) {
        this(topic, queue, memberInterface, status, paused, reason, pbxCallId, at, null);
    }

    /** A caller's joining or leaving a queue, in the dialplan context its call runs in. */
    static QueueReport caller(String topic, String queue, String pbxCallId, Instant at, String context) {
        return new QueueReport(topic, queue, null, null, null, null, pbxCallId, at, context);
    }
}
