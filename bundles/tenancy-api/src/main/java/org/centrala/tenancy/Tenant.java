package org.centrala.tenancy;

import java.time.Instant;

/** R1, R2: a customer company of a reseller, always with its virtual PBX. */
public record Tenant(String id, String resellerId, String name, PbxRecord pbx, Instant createdAt, Instant updatedAt) {
}
