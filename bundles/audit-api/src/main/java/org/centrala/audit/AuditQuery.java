package org.centrala.audit;

import java.time.Instant;

/**
 * Which entries to read: of a tenant (optionally about one user), or the reseller-level entries of
 * a reseller (its administrators and price list), within [from, to).
 */
public record AuditQuery(String tenantId, String userId, Instant from, Instant to, String resellerId) {

    /** Entries of a tenant. */
    public AuditQuery(String tenantId, String userId, Instant from, Instant to) {
        this(tenantId, userId, from, to, null);
    }

    /** The reseller-level entries of a reseller (those that concern none of its tenants). */
    public static AuditQuery ofReseller(String resellerId, Instant from, Instant to) {
        return new AuditQuery(null, null, from, to, resellerId);
    }
}
