package org.centrala.security;

import java.time.Instant;

/** An API token as listed: never its secret. */
public record ApiToken(String id, String name, Instant createdAt, Instant expiresAt, Instant revokedAt) {
}
