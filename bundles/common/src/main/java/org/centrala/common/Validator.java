package org.centrala.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Collects field errors so that one answer names every bad field. Each check returns this
 * validator; {@link #throwIfInvalid()} ends the chain.
 *
 * <pre>
 * new Validator()
 *     .required("name", draft.name()).maxLength("name", draft.name(), 100)
 *     .throwIfInvalid();
 * </pre>
 */
public final class Validator {
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    /** IPv6 as hex groups separated by colons (at least two), optionally ending in an IPv4 address. */
    private static final String IPV6 = "[0-9A-Fa-f]{0,4}(:[0-9A-Fa-f]{0,4}){2,7}(:[0-9]{1,3}(\\.[0-9]{1,3}){3})?";
    private static final Pattern HOST = Pattern.compile(
            "^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"
                    + "|^(" + IPV6 + "|\\[" + IPV6 + "\\])$");
    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    private static final int PATTERN_LIMIT = 254;

    private final List<FieldError> errors = new ArrayList<>();

    public Validator required(String field, Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            reject(field, "is required");
        }
        return this;
    }

    /**
     * Every free-text field goes through this check, which also refuses control characters: NUL
     * and friends are never meant, and PostgreSQL would refuse NUL where Derby stores it.
     */
    public Validator maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            reject(field, "must be at most " + max + " characters");
        } else if (value != null && value.chars().anyMatch(Character::isISOControl)) {
            reject(field, "must not contain control characters");
        }
        return this;
    }

    /** Values longer than {@value #PATTERN_LIMIT} characters are not matched: too long is reported by maxLength, and a long input must not cost the regex engine minutes. */
    public Validator pattern(String field, String value, Pattern pattern, String expectation) {
        if (value != null && !value.isBlank() && value.length() <= PATTERN_LIMIT && !pattern.matcher(value).matches()) {
            reject(field, "must be " + expectation);
        }
        return this;
    }

    public Validator email(String field, String value) {
        return pattern(field, value, EMAIL, "an e-mail address such as ops@example.com");
    }

    public Validator hostName(String field, String value) {
        return pattern(field, value, HOST, "a host name or an IP address");
    }

    public Validator range(String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            reject(field, "must be between " + min + " and " + max);
        }
        return this;
    }

    /** ISO 3166-1 alpha-2, upper case, as the JDK knows it (e.g. RS, DE, US). */
    public Validator countryCode(String field, String value) {
        if (value != null && !value.isBlank() && !ISO_COUNTRIES.contains(value)) {
            reject(field, "must be an ISO 3166-1 alpha-2 country code in upper case, such as RS or DE");
        }
        return this;
    }

    public Validator reject(String field, String message) {
        errors.add(new FieldError(field, message));
        return this;
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
