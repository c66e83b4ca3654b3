package org.centrala.tenancy;

import io.swagger.v3.oas.annotations.media.Schema;
import org.centrala.common.Validator;

/**
 * What a client sends to create or replace a tenant. The PBX record is part of it because a
 * tenant cannot exist without one (R2).
 *
 * @param signInDomain what the tenant's users add to their user name to sign in; derived from the
 *                     name when left out on create, kept as it is when left out on replace
 */
public record TenantDraft(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String resellerId,
                          @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Globex") String name,
                          @Schema(requiredMode = Schema.RequiredMode.REQUIRED) PbxSettings pbx,
                          @Schema(example = "globex") String signInDomain) {

    public TenantDraft {
        resellerId = Names.trim(resellerId);
        name = Names.trim(name);
        signInDomain = signInDomain == null || signInDomain.isBlank() ? null : signInDomain.strip();
    }

    /** A draft whose sign-in domain is derived from the name on create, or kept on replace. */
    public TenantDraft(String resellerId, String name, PbxSettings pbx) {
        this(resellerId, name, pbx, null);
    }

    /** @param creating true on create, when the AMI secret is required */
    public void validate(boolean creating) {
        Validator validator = new Validator()
                .required("resellerId", resellerId)
                .required("name", name).maxLength("name", name, Names.MAX_LENGTH)
                .required("pbx", pbx)
                .maxLength("signInDomain", signInDomain, SignInDomains.MAX_LENGTH)
                .pattern("signInDomain", signInDomain, SignInDomains.PATTERN, SignInDomains.EXPECTATION);
        if (pbx != null) {
            pbx.validate(validator, "pbx", creating);
        }
        validator.throwIfInvalid();
    }
}
