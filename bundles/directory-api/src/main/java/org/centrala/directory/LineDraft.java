package org.centrala.directory;

import io.swagger.v3.oas.annotations.media.Schema;
import org.centrala.common.Validator;
import org.centrala.tenancy.Names;

/** What a client sends to create or replace a line: its name and the SIP device at that desk. */
public record LineDraft(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Hot desk 1") String name,
                        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String deviceId) {
    public LineDraft {
        name = Names.trim(name);
        deviceId = Names.trim(deviceId);
    }

    public void validate() {
        new Validator()
                .required("name", name).maxLength("name", name, Names.MAX_LENGTH)
                .required("deviceId", deviceId)
                .throwIfInvalid();
    }
}
