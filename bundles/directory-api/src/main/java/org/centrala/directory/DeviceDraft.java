package org.centrala.directory;

import io.swagger.v3.oas.annotations.media.Schema;
import org.centrala.common.Validator;
import org.centrala.tenancy.Names;

/**
 * What a client sends to create or replace a device. {@code mobileNumber} may be national if
 * {@code region} (ISO 3166 alpha-2) is given or the owner's department is in a known country.
 */
public record DeviceDraft(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) DeviceKind kind,
                          @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Reception desk") String label,
                          String ownerUserId,
                          @Schema(example = "+381641230101") String mobileNumber,
                          String region) {

    public DeviceDraft {
        label = Names.trim(label);
        ownerUserId = Names.trim(ownerUserId);
        mobileNumber = Names.trim(mobileNumber);
        region = Names.trim(region);
    }

    public void validate() {
        Validator validator = new Validator()
                .required("kind", kind)
                .required("label", label).maxLength("label", label, Names.MAX_LENGTH)
                .countryCode("region", region);
        if (kind == DeviceKind.MOBILE_PHONE) {
            validator.required("mobileNumber", mobileNumber).maxLength("mobileNumber", mobileNumber, 40);
        } else if (kind != null && mobileNumber != null) {
            validator.reject("mobileNumber", "only applies to MOBILE_PHONE devices");
        }
        validator.throwIfInvalid();
    }
}
