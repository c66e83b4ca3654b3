package org.centrala.security.internal.web;

/** A new API token: a name to recognise it by and, optionally, when it expires (ISO-8601 instant). */
public record TokenRequest(String name, String expiresAt) {
}
