package org.centrala.routing.internal;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Why a call that entered FastAGI routing went where it went, and how it ended (issue 11).
 * {@code endedAt} is null while the call is routed.
 * {@code answeredStep} is 1-based. {@code rejection} is set when the call reached no one.
 * {@code queueId} is set when the call was routed into a queue (its department is
 * {@code departmentId}).
 */
@Schema(name = "RoutingDecision")
public record RoutingDecision(String id, String tenantId, String pbxCallId, String channel, String dialled,
                              String callerNumber, String userId, String departmentId, String userType,
                              @Schema(allowableValues = {"UNKNOWN_CONTEXT", "AMBIGUOUS_CONTEXT", "UNKNOWN_NUMBER", "NUMBER_BARRED", "NO_DEVICE",
                                      "NO_TRUNK"})
                              String rejection,
                              String reason, int steps,
                              @Schema(allowableValues = {"IN_PROGRESS", "ANSWERED", "NOT_ANSWERED", "CALLER_HUNG_UP", "REJECTED",
                                      "INTERRUPTED"})
                              String outcome,
                              Integer answeredStep, Instant decidedAt, Instant endedAt, String queueId) {

    /** How a routed call ended. */
    enum Outcome {
        /** Kept when the decision is made; the outcome replaces it when the call's routing ends. */
        IN_PROGRESS,
        ANSWERED, NOT_ANSWERED, CALLER_HUNG_UP, REJECTED,
        /** Centrala stopped while the call was routed: the call went on in Asterisk, its record says how it ended. */
        INTERRUPTED
    }
}
