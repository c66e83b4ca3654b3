package org.centrala.rest.internal.security;

/** A new API token: a name to recognise it by and, optionally, when it expires (ISO-8601 instant). */
public record TokenRequest(String name, String expiresAt) {
}
