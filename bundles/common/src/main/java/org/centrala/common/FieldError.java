package org.centrala.common;

import java.util.Objects;

/** One rejected input field: its path as the client sent it (e.g. {@code pbx.amiPort}) and why. */
public record FieldError(String field, String message) {
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
