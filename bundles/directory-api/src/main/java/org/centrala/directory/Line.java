package org.centrala.directory;

import java.time.Instant;

/** R11: a hot-desk line and who holds it now (null when free). */
public record Line(String id, String tenantId, String name, String deviceId, String heldBy, Instant heldSince,
                   Instant createdAt, Instant updatedAt) {
}
