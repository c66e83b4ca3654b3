package org.centrala.provisioning.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import org.centrala.directory.DeviceDraft;

/**
 * Adopts an endpoint: it becomes a SIP device of the tenant under its own name, with the label,
 * kind and owner given; the owner's extension is Centrala's as usual.
 */
public record AdoptionRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2001") String endpoint,
                              @Schema(requiredMode = Schema.RequiredMode.REQUIRED) DeviceDraft device) {
}
