package org.centrala.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.centrala.common.FieldError;
import org.centrala.common.ValidationException;

/** Assertions the tests of this module share. */
final class Expect {
    private Expect() {
    }

    /** Runs the call and returns what it threw, failing if it threw nothing of that type. */
    static <T extends Throwable> T thrown(Class<T> type, ThrowingCallable call) {
        T e = catchThrowableOfType(call, type);
        assertThat(e).as("expected %s", type.getSimpleName()).isNotNull();
        return e;
    }

    /** The names of the fields a validation error rejected, in order. */
    static List<String> fields(ValidationException e) {
        return e.errors().stream().map(FieldError::field).toList();
    }
}
