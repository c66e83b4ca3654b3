package org.centrala.audit;

import java.time.Instant;

/** Which entries to read: of a tenant, optionally about one user, within [from, to). */
public record AuditQuery(String tenantId, String userId, Instant from, Instant to) {
}
