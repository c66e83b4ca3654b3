package org.centrala.tenancy;

import java.time.Instant;

/** R1, R18: a branch or department of a tenant, in one country. */
public record Department(String id, String tenantId, String name, String countryCode, Instant createdAt, Instant updatedAt) {
}
