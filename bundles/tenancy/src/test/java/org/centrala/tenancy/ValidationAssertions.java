package org.centrala.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.centrala.common.FieldError;
import org.centrala.common.ValidationException;
import org.centrala.common.Validator;

final class ValidationAssertions {
    private ValidationAssertions() {
    }

    /** The fields a validation names, in order, or an empty list if it passes. */
    static List<String> rejected(ThrowingCallable validation) {
        ValidationException e = catchThrowableOfType(validation, ValidationException.class);
        return e == null ? List.of() : e.errors().stream().map(FieldError::field).toList();
    }

    static List<String> rejected(PbxSettings pbx, String prefix, boolean secretRequired) {
        Validator validator = new Validator();
        pbx.validate(validator, prefix, secretRequired);
        List<String> fields = rejected(validator::throwIfInvalid);
        assertThat(validator.isValid()).isEqualTo(fields.isEmpty());
        return fields;
    }
}
