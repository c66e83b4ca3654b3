package org.centrala.directory;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * What a call to a tenant's internal number reaches (issue 11): the PBX's routing asks this for
 * every call, so each answer is read afresh from the directory and a change applies to the next
 * call.
 */
@ProviderType
public interface CallDestinations {

    /**
     * The user who has this extension in the tenant and has not left, with the devices to ring
     * step by step: a back-office user's ring plan (R5), or for a contact-centre user every device
     * it owns and the line's device it holds (R11), together. Empty when no such user exists.
     */
    Optional<CallDestination> byExtension(String tenantId, String extension);
}
