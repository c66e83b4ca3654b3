package org.centrala.queues;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** The tenant's list of reasons an agent may pause for (R9: each pause is kept with its reason). */
@ProviderType
public interface PauseReasons {
    /** The reasons, in the tenant's order; a new tenant has Break, Lunch, Training, After-call work. */
    List<String> list(String tenantId);

    /** Replaces the list: 1 to 20 distinct reasons of up to 40 characters. */
    List<String> replace(String tenantId, List<String> reasons);
}
