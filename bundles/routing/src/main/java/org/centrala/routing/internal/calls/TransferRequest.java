package org.centrala.routing.internal.calls;

import io.swagger.v3.oas.annotations.media.Schema;

/** What a client sends to hand a call on: only an extension, never a channel, and how (issue 11, item 4). */
@Schema(name = "TransferRequest")
public record TransferRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "202",
        description = "an extension of the tenant (a user's or a queue's)") String destination,
                              @Schema(description = "false (default): blind, the other party goes at once and the phone is"
                                      + " free; true: attended, the phone talks to the destination first while the other party"
                                      + " waits with music, and hanging up completes the transfer") Boolean attended) {
}
