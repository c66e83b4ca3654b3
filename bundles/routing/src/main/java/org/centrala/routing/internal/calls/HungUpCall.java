package org.centrala.routing.internal.calls;

import io.swagger.v3.oas.annotations.media.Schema;

/** A user's call hung up from Centrala (issue 11, item 4): the phone and how many of its channels ended. */
@Schema(name = "HungUpCall")
public record HungUpCall(String userId, String deviceId,
                         @Schema(description = "the phone's channels the PBX hung up; the other parties end with them") int channels) {
}
