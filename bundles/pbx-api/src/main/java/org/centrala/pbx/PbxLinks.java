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

    /**
     * The calls on one of the tenant's SIP phones now, from the link's live events (no action is
     * sent to the PBX): empty when it has none, or the tenant's PBX is not linked.
     */
    List<PhoneCall> phoneCalls(String tenantId, String sipUsername);
}
