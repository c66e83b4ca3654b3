package org.centrala.audit;

import java.time.Instant;

/**
 * Which entries to read: of a tenant (optionally about one user), or the reseller-level entries of
 * a reseller (its administrators and price list), within [from, to); optionally of one action
 * (such as {@code user.updated}, or every {@code user.*} action with {@code user.}), by one actor
 * ({@code user:ana}, {@code reseller-admin:…}, {@code operator:admin}, {@code shell:admin}) and
 * about one target ({@code user:<id>}, {@code device:<id>}, …); optionally with a free text found
 * (any case) in the action, actor, target or details.
 */
public record AuditQuery(String tenantId, String userId, Instant from, Instant to, String resellerId, String action, String actor,
                         String target, String text) {

    public AuditQuery {
        userId = blankToNull(userId);
        action = blankToNull(action);
        actor = blankToNull(actor);
        target = blankToNull(target);
        text = blankToNull(text);
    }

    /** A query without free text (the form of version 2.1). */
    public AuditQuery(String tenantId, String userId, Instant from, Instant to, String resellerId, String action, String actor,
                      String target) {
        this(tenantId, userId, from, to, resellerId, action, actor, target, null);
    }

    /** Entries of a tenant. */
    public AuditQuery(String tenantId, String userId, Instant from, Instant to) {
        this(tenantId, userId, from, to, null, null, null, null);
    }

    /** Entries of a tenant or a reseller (kept for callers of version 2.0). */
    public AuditQuery(String tenantId, String userId, Instant from, Instant to, String resellerId) {
        this(tenantId, userId, from, to, resellerId, null, null, null);
    }

    /** The reseller-level entries of a reseller (those that concern none of its tenants). */
    public static AuditQuery ofReseller(String resellerId, Instant from, Instant to) {
        return new AuditQuery(null, null, from, to, resellerId);
    }

    /** The same query narrowed to an action (a prefix ending in '.' means every action that starts with it), actor and target. */
    public AuditQuery narrowedTo(String action, String actor, String target) {
        return new AuditQuery(tenantId, userId, from, to, resellerId, action, actor, target, text);
    }

    /** The same query narrowed to entries that mention a text (any case) in their action, actor, target or details. */
    public AuditQuery mentioning(String freeText) {
        return new AuditQuery(tenantId, userId, from, to, resellerId, action, actor, target, freeText);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
