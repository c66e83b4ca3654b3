package org.centrala.tenancy;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** Every tenant's PBX account, secrets included: read by the PBX link to log in. */
@ProviderType
public interface PbxAccounts {
    /** Oldest tenant first, so that tenants sharing an Asterisk agree on whose secret counts. */
    List<PbxAccount> all();

    /**
     * The accounts of the active tenants whose calls run in this dialplan context (issue 11: how
     * the PBX's routing knows the tenant of a call). More than one only when tenants on different
     * Asterisks use the same context name.
     */
    List<PbxAccount> byContext(String context);
}
