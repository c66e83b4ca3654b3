package org.centrala.directory;

import java.util.Collection;
import java.util.Set;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Which SIP devices are registered on their tenant's PBX now, as the PBX link last saw them. The
 * PBX link provides it when it is installed; the directory lists devices by it ({@code registered}
 * filter) without depending on the PBX concern.
 */
@ConsumerType
public interface SipRegistrations {

    /**
     * The SIP user names among {@code sipUsernames} whose phone is registered now: the PBX reported
     * it reachable (not UNAVAILABLE, INVALID or UNKNOWN).
     *
     * @throws org.centrala.common.ConflictException when the tenant's PBX is not linked, so nobody can
     *         tell, with the reason and where to look
     */
    Set<String> registered(String tenantId, Collection<String> sipUsernames);
}
