package org.centrala.audit;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What happened, as a domain service reports it: the action (e.g. {@code user.created}), what it
 * was done to, in which tenant (or reseller), about which user, and a few details. Who did it is
 * taken from the {@link ActorContext}.
 */
public record AuditEvent(String resellerId, String tenantId, String userId, String action, String target, String details) {

    public static AuditEvent ofReseller(String resellerId, String action, String target) {
        return new AuditEvent(resellerId, null, null, action, target, null);
    }

    public static AuditEvent ofTenant(String tenantId, String action, String target) {
        return new AuditEvent(null, tenantId, null, action, target, null);
    }

    /** The contact-centre (or other) user the entry is about, for R9's per-user trail. */
    public AuditEvent about(String user) {
        return new AuditEvent(resellerId, tenantId, user, action, target, details);
    }

    /** Details as sorted key=value pairs; never put a secret here. */
    public AuditEvent with(Map<String, ?> values) {
        String text = new TreeMap<>(values).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
        return new AuditEvent(resellerId, tenantId, userId, action, target, text);
    }
}
