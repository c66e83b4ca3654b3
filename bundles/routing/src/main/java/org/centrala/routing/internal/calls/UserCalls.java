package org.centrala.routing.internal.calls;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.centrala.pbx.PhoneCall;

/** The calls on a user's own phone now; {@code deviceId} is null when it has no phone (and then no calls). */
@Schema(name = "UserCalls")
public record UserCalls(String userId, String deviceId, String sipUsername, List<PhoneCall> calls) {
}
