package org.centrala.tenancy;

import java.time.Instant;

/** R1: a company that runs Centrala and sells it to tenants. */
public record Reseller(String id, String name, String contactEmail, Instant createdAt, Instant updatedAt) {
}
