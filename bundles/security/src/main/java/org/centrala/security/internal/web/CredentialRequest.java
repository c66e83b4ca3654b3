package org.centrala.security.internal.web;

import io.swagger.v3.oas.annotations.media.Schema;

/** A log-in to create: {@code email} for reseller administrators, and a password of 12 characters or more. */
public record CredentialRequest(@Schema(example = "ops@acme.example") String email,
                                @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "a long passphrase 42") String password) {
    @Override
    public String toString() {
        return "CredentialRequest[email=" + email + ", password=***]";
    }
}
