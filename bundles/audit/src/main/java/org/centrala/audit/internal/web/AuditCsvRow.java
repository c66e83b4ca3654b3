package org.centrala.audit.internal.web;

import org.centrala.audit.AuditEntry;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** An audit entry as a row of the audit log's CSV export, with its chain hashes so an export can be checked (R9). */
@JsonPropertyOrder({"sequence", "recordedAt", "actor", "action", "target", "userId", "details", "previousHash", "hash"})
record AuditCsvRow(long sequence, String recordedAt, String actor, String action, String target, String userId, String details,
                   String previousHash, String hash) {

    static AuditCsvRow of(AuditEntry entry) {
        return new AuditCsvRow(entry.sequence(), entry.recordedAt().toString(), entry.actor(), entry.action(), entry.target(),
                entry.userId(), entry.details(), entry.previousHash(), entry.hash());
    }
}
