package org.centrala.pbx;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** The running AMI connections. */
@ProviderType
public interface PbxLinks {
    List<PbxLinkStatus> links();

    /** The link serving this tenant's PBX record, empty if the tenant has none (yet). */
    Optional<PbxLinkStatus> forTenant(String tenantId);
}
