package org.centrala.audit;

import org.centrala.common.Page;
import org.centrala.common.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/** R9: the append-only audit log. There is deliberately no operation that edits or deletes an entry. */
@ProviderType
public interface AuditLog {
    /** Appends an entry in the caller's transaction (joins it), chained to the previous one. */
    AuditEntry record(AuditEvent event);

    /** Entries of a tenant, oldest first; sort keys: recordedAt (default). */
    Page<AuditEntry> query(AuditQuery query, PageRequest request);

    /** Recomputes every hash and link of the chain. */
    AuditVerification verify();
}
