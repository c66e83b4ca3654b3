package org.centrala.recording;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** The recording policies, as the routing asks them for each call (issue 12). */
@ProviderType
public interface RecordingPolicies {

    /**
     * Whether the call is recorded from its start, and to which file: a queue call by the queue's
     * policy, a call to or from a user by that user's (either wanting it is enough), each else by
     * the tenant's. The file is relative to the PBX's monitor spool folder, made of the tenant's id,
     * the day and the channel's unique id: nothing a caller chose.
     *
     * @return the file for MixMonitor, or empty when the call is not recorded from its start
     */
    Optional<String> recordFromTheStart(String tenantId, RoutedCall call);

    /** The tenant's policy: its own, or the node's default (etc/org.centrala.recording.cfg). */
    RecordingPolicy tenantPolicy(String tenantId);

    /**
     * Sets the tenant's policy, keeping its retention; audited (R9).
     *
     * @throws org.centrala.common.NotFoundException for an unknown tenant
     */
    void setTenantPolicy(String tenantId, RecordingPolicy policy);
}
