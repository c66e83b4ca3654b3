package org.centrala.tenancy;

import org.centrala.common.Validator;

/** What a client sends to create or replace a reseller. */
public record ResellerDraft(String name, String contactEmail) {

    public ResellerDraft {
        name = Names.trim(name);
        contactEmail = Names.trim(contactEmail);
    }

    public void validate() {
        new Validator()
                .required("name", name).maxLength("name", name, Names.MAX_LENGTH)
                .maxLength("contactEmail", contactEmail, 254).email("contactEmail", contactEmail)
                .throwIfInvalid();
    }
}
