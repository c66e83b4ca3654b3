package org.centrala.routing.internal.calls;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A call placed for a user (click-to-call, issue 11): the PBX rings the user's phone, then dials
 * {@code destination}. {@code pbxCallId} is the call record's once the call ended.
 */
@Schema(name = "PlacedCall")
public record PlacedCall(String pbxCallId, String userId, String deviceId,
                         @Schema(description = "the extension, or the outside number in E.164") String destination,
                         @Schema(allowableValues = {"EXTENSION", "OUTSIDE"}) String kind) {
}
