package org.centrala.directory;

import org.osgi.annotation.versioning.ProviderType;

/** Issue 11: a tenant's dialling rules; every change is audited (R9) and applies to the next call. */
@ProviderType
public interface DiallingRulesService {
    /** The stored rules, or {@link DiallingRules#defaults()} (404 for an unknown tenant). */
    DiallingRules get(String tenantId);

    /** Replaces the rules (400 naming each bad field). */
    DiallingRules set(String tenantId, DiallingRulesDraft draft);

    /** Back to the defaults. */
    DiallingRules reset(String tenantId);
}
