package org.centrala.tenancy;

import io.swagger.v3.oas.annotations.media.Schema;
import org.centrala.common.Validator;

/**
 * What a client sends to create or replace a reseller.
 *
 * @param retentionDays days a terminated tenant's data is kept before it is erased; left out:
 *                      {@value #DEFAULT_RETENTION_DAYS} on create, unchanged on replace
 */
public record ResellerDraft(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Acme Telecom") String name,
                            @Schema(example = "ops@acme.example") String contactEmail,
                            @Schema(example = "90") Integer retentionDays) {
    public static final int DEFAULT_RETENTION_DAYS = 90;
    public static final int MAX_RETENTION_DAYS = 3650;

    public ResellerDraft {
        name = Names.trim(name);
        contactEmail = Names.trim(contactEmail);
    }

    public ResellerDraft(String name, String contactEmail) {
        this(name, contactEmail, null);
    }

    public void validate() {
        new Validator()
                .required("name", name).maxLength("name", name, Names.MAX_LENGTH)
                .maxLength("contactEmail", contactEmail, 254).email("contactEmail", contactEmail)
                .range("retentionDays", retentionDays, 0, MAX_RETENTION_DAYS)
                .throwIfInvalid();
    }
}
