package org.centrala.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.Test;

public class ValidatorTest {

    /** Runs the checks and returns the fields named by the resulting ValidationException, or none. */
    private static List<String> rejectedFields(UnaryOperator<Validator> checks) {
        Validator validator = checks.apply(new Validator());
        ValidationException e = catchThrowableOfType(validator::throwIfInvalid, ValidationException.class);
        if (e == null) {
            assertThat(validator.isValid()).isTrue();
            return List.of();
        }
        assertThat(validator.isValid()).isFalse();
        return e.errors().stream().map(FieldError::field).toList();
    }

    private static boolean accepted(UnaryOperator<Validator> checks) {
        return rejectedFields(checks).isEmpty();
    }

    @Test
    public void aFreshValidatorIsValidAndDoesNotThrow() {
        Validator validator = new Validator();
        assertThat(validator.isValid()).isTrue();
        assertThatCode(validator::throwIfInvalid).doesNotThrowAnyException();
    }

    @Test
    public void requiredRejectsNullEmptyAndBlank() {
        assertThat(rejectedFields(v -> v.required("name", null))).containsExactly("name");
        assertThat(rejectedFields(v -> v.required("name", ""))).containsExactly("name");
        assertThat(rejectedFields(v -> v.required("name", " \t "))).containsExactly("name");
    }

    @Test
    public void requiredAcceptsTextAndNonStringValues() {
        assertThat(accepted(v -> v.required("name", "Acme"))).isTrue();
        assertThat(accepted(v -> v.required("amiPort", 0))).isTrue();
        assertThat(accepted(v -> v.required("pbx", new Object()))).isTrue();
    }

    @Test
    public void requiredSaysTheFieldIsRequired() {
        ValidationException e = catchThrowableOfType(
                () -> new Validator().required("name", " ").throwIfInvalid(), ValidationException.class);
        assertThat(e.errors()).containsExactly(new FieldError("name", "is required"));
        assertThat(e.getMessage()).contains("name is required");
    }

    @Test
    public void maxLengthAcceptsUpToTheLimitAndRejectsBeyond() {
        assertThat(accepted(v -> v.maxLength("name", "x".repeat(5), 5))).isTrue();
        assertThat(rejectedFields(v -> v.maxLength("name", "x".repeat(6), 5))).containsExactly("name");
        assertThat(accepted(v -> v.maxLength("name", null, 5))).as("null is left to required()").isTrue();
    }

    @Test
    public void maxLengthMessageNamesTheLimit() {
        ValidationException e = catchThrowableOfType(
                () -> new Validator().maxLength("name", "abcdef", 5).throwIfInvalid(), ValidationException.class);
        assertThat(e.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("name");
            assertThat(error.message()).contains("5");
        });
    }

    @Test
    public void emailAcceptsAddresses() {
        assertThat(accepted(v -> v.email("contactEmail", "ops@example.com"))).isTrue();
        assertThat(accepted(v -> v.email("contactEmail", "first.last+tag@mail.example.rs"))).isTrue();
    }

    @Test
    public void emailRejectsNonAddresses() {
        for (String bad : new String[] {"ops", "ops@", "@example.com", "ops@example", "o ps@example.com", "a@b@example.com"}) {
            assertThat(rejectedFields(v -> v.email("contactEmail", bad))).as(bad).containsExactly("contactEmail");
        }
    }

    @Test
    public void emailLeavesMissingValuesToRequired() {
        assertThat(accepted(v -> v.email("contactEmail", null))).isTrue();
        assertThat(accepted(v -> v.email("contactEmail", "  "))).isTrue();
    }

    @Test
    public void hostNameAcceptsNamesAndIpAddresses() {
        for (String good : new String[] {"pbx", "pbx.example.com", "asterisk-01.eu.example.net", "PBX.Example.COM",
                "192.168.1.10", "10.0.0.1", "::1", "2001:db8::5", "[2001:db8::5]", "fe80::1:2:3:4", "::ffff:192.0.2.1"}) {
            assertThat(accepted(v -> v.hostName("pbx.host", good))).as(good).isTrue();
        }
    }

    @Test
    public void hostNameRejectsWhatIsNeitherANameNorAnAddress() {
        for (String bad : new String[] {"bad host!", "under_score.example.com", "-pbx.example.com", "pbx-.example.com",
                "pbx..example.com", "pbx.example.com.", "http://pbx", "pbx:5038",
                ".", "...", "1..2", ":", "[::1", "x".repeat(64) + ".example.com"}) {
            assertThat(rejectedFields(v -> v.hostName("pbx.host", bad))).as(bad).containsExactly("pbx.host");
        }
    }

    @Test
    public void rangeIsInclusive() {
        assertThat(accepted(v -> v.range("amiPort", 1, 1, 65535))).isTrue();
        assertThat(accepted(v -> v.range("amiPort", 65535, 1, 65535))).isTrue();
        assertThat(rejectedFields(v -> v.range("amiPort", 0, 1, 65535))).containsExactly("amiPort");
        assertThat(rejectedFields(v -> v.range("amiPort", 65536, 1, 65535))).containsExactly("amiPort");
        assertThat(accepted(v -> v.range("amiPort", null, 1, 65535))).as("null is left to required()").isTrue();
    }

    @Test
    public void countryCodeAcceptsUpperCaseIsoCodes() {
        assertThat(accepted(v -> v.countryCode("countryCode", "RS"))).isTrue();
        assertThat(accepted(v -> v.countryCode("countryCode", "DE"))).isTrue();
    }

    @Test
    public void countryCodeRejectsLowerCaseUnknownAndLongCodes() {
        for (String bad : new String[] {"rs", "Rs", "XX", "SRB", "R", " RS"}) {
            assertThat(rejectedFields(v -> v.countryCode("countryCode", bad))).as(bad).containsExactly("countryCode");
        }
    }

    @Test
    public void allErrorsAreCollectedNotOnlyTheFirst() {
        ValidationException e = catchThrowableOfType(() -> new Validator()
                .required("name", "")
                .email("contactEmail", "nope")
                .hostName("pbx.host", "bad host!")
                .range("pbx.amiPort", 0, 1, 65535)
                .countryCode("countryCode", "rs")
                .required("pbx.amiSecret", "secret")
                .throwIfInvalid(), ValidationException.class);

        assertThat(e.errors()).extracting(FieldError::field)
                .containsExactly("name", "contactEmail", "pbx.host", "pbx.amiPort", "countryCode");
        assertThat(e.getMessage()).contains("name", "contactEmail", "pbx.host", "pbx.amiPort", "countryCode")
                .doesNotContain("pbx.amiSecret");
    }

    @Test
    public void oneFieldCanCollectSeveralErrors() {
        ValidationException e = catchThrowableOfType(() -> new Validator()
                .maxLength("contactEmail", "not-an-address-" + "x".repeat(20), 10)
                .email("contactEmail", "not-an-address-" + "x".repeat(20))
                .throwIfInvalid(), ValidationException.class);
        assertThat(e.errors()).extracting(FieldError::field).containsExactly("contactEmail", "contactEmail");
    }

    @Test
    public void rejectAddsACustomError() {
        ValidationException e = catchThrowableOfType(() -> new Validator()
                .reject("pbx.amiSecret", "must not be blank").throwIfInvalid(), ValidationException.class);
        assertThat(e.errors()).containsExactly(new FieldError("pbx.amiSecret", "must not be blank"));
    }

    @Test
    public void validationExceptionCopiesItsErrors() {
        java.util.ArrayList<FieldError> errors = new java.util.ArrayList<>(List.of(new FieldError("a", "bad")));
        ValidationException e = new ValidationException(errors);
        errors.add(new FieldError("b", "worse"));
        assertThat(e.errors()).extracting(FieldError::field).containsExactly("a");
    }
}
