package org.centrala.provisioning.internal;

import io.swagger.v3.oas.annotations.media.Schema;

/** An endpoint the operator configured by hand in the tenant's context, which Centrala can adopt. */
public record AdoptableEndpoint(@Schema(example = "2001") String endpoint,
                                @Schema(description = "its callerid as pjsip.conf has it", example = "\"Phone 2001\" <2001>") String callerId,
                                @Schema(description = "its aors") String aors) {
}
