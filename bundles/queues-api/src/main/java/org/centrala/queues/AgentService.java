package org.centrala.queues;

import java.time.Instant;
import java.util.Set;

import org.centrala.common.Page;
import org.centrala.common.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Agents' log-in, pause and log-out in their queues on the tenant's PBX, and their states (R9: each
 * action is audited; R11: the phone is the line the user holds, else its own SIP device).
 */
@ProviderType
public interface AgentService {
    /**
     * Logs the contact-centre user in to all its queues (QueueAdd). Logging in again refreshes the
     * membership (a new line, a queue added since).
     *
     * @throws org.centrala.common.ConflictException when the user has no queue, no phone, or the PBX refuses
     */
    Agent logIn(String tenantId, String userId);

    /** Pauses in all its queues with one of the tenant's pause reasons (QueuePause). */
    Agent pause(String tenantId, String userId, String reason);

    /** Ends a pause. */
    Agent resume(String tenantId, String userId);

    /** Logs out of all its queues (QueueRemove); logging out when logged out changes nothing. */
    Agent logOut(String tenantId, String userId, String cause);

    Agent get(String tenantId, String userId);

    /** @param departmentIds only agents of these departments (R18); null: all */
    Page<Agent> list(String tenantId, Set<String> departmentIds, PageRequest request);

    /** The agent's state changes in [from, to), oldest first. */
    Page<AgentStateChange> history(String tenantId, String userId, Instant from, Instant to, PageRequest request);
}
