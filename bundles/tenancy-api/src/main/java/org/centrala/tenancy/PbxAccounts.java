package org.centrala.tenancy;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** Every tenant's PBX account, secrets included: read by the PBX link to log in. */
@ProviderType
public interface PbxAccounts {
    /** Oldest tenant first, so that tenants sharing an Asterisk agree on whose secret counts. */
    List<PbxAccount> all();
}
