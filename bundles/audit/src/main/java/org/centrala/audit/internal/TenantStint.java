package org.centrala.audit.internal;

import java.time.Instant;

import org.centrala.common.Caller;
import org.centrala.common.CallerKind;
import org.centrala.web.TenantOwnership;

/**
 * What of a tenant's audit trail a caller reads (issue 9, R1): a reseller administrator reads it
 * from the moment the tenant joined its reseller, nothing of its time with another reseller (whose
 * administrators' e-mail addresses are in the entries as actors). Others read all of it.
 */
public final class TenantStint {
    private TenantStint() {
    }

    /** @return {@code from}, or the start of the tenant's time with the caller's reseller if that is later */
    public static Instant from(Caller caller, TenantOwnership ownership, String tenantId, Instant from) {
        if (caller == null || caller.kind() != CallerKind.RESELLER_ADMIN) {
            return from;
        }
        Instant since = ownership.ownedSince(tenantId).orElse(null);
        return since == null || from != null && from.isAfter(since) ? from : since;
    }
}
