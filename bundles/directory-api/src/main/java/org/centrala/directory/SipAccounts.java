package org.centrala.directory;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** The tenant's SIP devices as the PBX's endpoints need them (issue 11, item 2: provisioning). */
@ProviderType
public interface SipAccounts {

    /** Every SIP device of the tenant, oldest first, its credential digested for this realm. */
    List<SipAccount> of(String tenantId, String realm);

    /**
     * Registers an endpoint the PBX already has as a SIP device of the tenant, under the endpoint's
     * own name (adoption): Centrala keeps no secret for it and never writes its configuration. The
     * device counts against the tenant's device packs like any other (R3).
     *
     * @throws org.centrala.common.ValidationException when the name is not a PJSIP endpoint name
     * @throws org.centrala.common.ConflictException when a device already has that name, or no pack allows another
     */
    Device adopt(String tenantId, String sipUsername, DeviceDraft draft);
}
