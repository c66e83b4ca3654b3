package org.centrala.tenancy;

import org.centrala.common.Validator;

/**
 * What a client sends to create or replace a tenant. The PBX record is part of it because a
 * tenant cannot exist without one (R2).
 */
public record TenantDraft(String resellerId, String name, PbxSettings pbx) {

    public TenantDraft {
        resellerId = Names.trim(resellerId);
        name = Names.trim(name);
    }

    /** @param creating true on create, when the AMI secret is required */
    public void validate(boolean creating) {
        Validator validator = new Validator()
                .required("resellerId", resellerId)
                .required("name", name).maxLength("name", name, Names.MAX_LENGTH)
                .required("pbx", pbx);
        if (pbx != null) {
            pbx.validate(validator, "pbx", creating);
        }
        validator.throwIfInvalid();
    }
}
