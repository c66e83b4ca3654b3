package org.centrala.security.internal.web;

/** A log-in to create: {@code email} for reseller administrators, and a password of 12 characters or more. */
public record CredentialRequest(String email, String password) {
    @Override
    public String toString() {
        return "CredentialRequest[email=" + email + ", password=***]";
    }
}
