package org.centrala.routing.internal.calls;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A user's call handed on (issue 11, item 4): the routing now rings {@code destination}, for the
 * other party at once (BLIND) or for the user's phone first (ATTENDED).
 */
@Schema(name = "TransferredCall")
public record TransferredCall(String userId, String deviceId,
                              @Schema(description = "the extension the routing now rings") String destination,
                              @Schema(allowableValues = {"EXTENSION"}) String kind,
                              @Schema(allowableValues = {"BLIND", "ATTENDED"}) String mode) {
}
