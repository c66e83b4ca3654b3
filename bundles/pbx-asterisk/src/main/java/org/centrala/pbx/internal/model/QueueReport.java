package org.centrala.pbx.internal.model;

import java.time.Instant;

/**
 * What the PBX said about a queue member, as one of {@link org.centrala.pbx.QueueTopics}' topics:
 * the member's interface, and what the event carries (status, pause and reason, the caller's call).
 */
public record QueueReport(String topic, String queue, String memberInterface, Integer status, Boolean paused,
                          String reason, String pbxCallId, Instant at) {
}
