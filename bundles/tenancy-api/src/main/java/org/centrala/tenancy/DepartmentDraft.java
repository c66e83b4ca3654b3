package org.centrala.tenancy;

import io.swagger.v3.oas.annotations.media.Schema;
import org.centrala.common.Validator;

/** What a client sends to create or replace a department. */
public record DepartmentDraft(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Sales Belgrade") String name,
                              @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "RS") String countryCode) {

    public DepartmentDraft {
        name = Names.trim(name);
        countryCode = Names.trim(countryCode);
    }

    public void validate() {
        new Validator()
                .required("name", name).maxLength("name", name, Names.MAX_LENGTH)
                .required("countryCode", countryCode).countryCode("countryCode", countryCode)
                .throwIfInvalid();
    }
}
