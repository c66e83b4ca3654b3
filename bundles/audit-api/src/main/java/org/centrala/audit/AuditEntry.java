package org.centrala.audit;

import java.time.Instant;

/** One entry of the log, with its place in the hash chain. */
public record AuditEntry(long sequence, Instant recordedAt, String resellerId, String tenantId, String actor, String userId,
                         String action, String target, String details, String previousHash, String hash) {
}
