package org.centrala.directory;

import org.osgi.annotation.versioning.ProviderType;

/** Issue 11: a tenant's dialling rules; every change is audited (R9) and applies to the next call. */
@ProviderType
public interface DiallingRulesService {
    /** The stored rules, or {@link DiallingRules#defaults()} (404 for an unknown tenant). */
    DiallingRules get(String tenantId);

    /** Replaces the rules (400 naming each bad field). */
    default DiallingRules set(String tenantId, DiallingRulesDraft draft) {
        return set(tenantId, draft, null);
    }

    /**
     * As the update without a version, only if the tenant's dialling rules are still as they were at {@code expectedUpdatedAt}
     * (null: whatever it is now): the check and the write are one statement, so of two writes made
     * against the same version exactly one is applied.
     *
     * @throws org.centrala.common.StaleVersionException when it was changed since; nothing is written
     */
    DiallingRules set(String tenantId, DiallingRulesDraft draft, java.time.Instant expectedUpdatedAt);

    /** Back to the defaults. */
    DiallingRules reset(String tenantId);
}
