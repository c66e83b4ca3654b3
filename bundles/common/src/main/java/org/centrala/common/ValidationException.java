package org.centrala.common;

import java.util.List;
import java.util.stream.Collectors;

/** The input failed validation; every offending field is named, not only the first. */
public class ValidationException extends DomainException {
    private static final long serialVersionUID = 1L;

    private final List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(describe(errors));
        this.errors = List.copyOf(errors);
    }

    public ValidationException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    private static String describe(List<FieldError> errors) {
        return "Invalid input: " + errors.stream()
                .map(e -> e.field() + " " + e.message())
                .collect(Collectors.joining("; "));
    }
}
