package org.centrala.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.Test;

/** Inputs that are hostile rather than mistaken. */
public class ValidatorLimitsTest {

    @Test
    public void aHugeEmailIsRefusedAsTooLongWithoutRunningThePattern() {
        // Before the length guard, this shape made the e-mail pattern backtrack for minutes.
        String email = "a@" + "b.".repeat(200_000) + " x";

        Validator validator = new Validator().maxLength("contactEmail", email, 254).email("contactEmail", email);

        assertThat(validator.isValid()).isFalse();
        assertThat(errors(validator)).containsExactly("contactEmail must be at most 254 characters");
    }

    @Test
    public void controlCharactersAreRefusedInText() {
        Validator validator = new Validator().maxLength("name", "a\u0000b", 100);

        assertThat(errors(validator)).containsExactly("name must not contain control characters");
    }

    private static java.util.List<String> errors(Validator validator) {
        try {
            validator.throwIfInvalid();
            return java.util.List.of();
        } catch (ValidationException e) {
            return e.errors().stream().map(error -> error.field() + " " + error.message()).toList();
        }
    }
}
