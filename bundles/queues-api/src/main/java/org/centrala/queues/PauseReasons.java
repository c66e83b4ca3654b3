package org.centrala.queues;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** The tenant's list of reasons an agent may pause for (R9: each pause is kept with its reason). */
@ProviderType
public interface PauseReasons {
    /** The reasons, in the tenant's order; a new tenant has Break, Lunch, Training, After-call work. */
    List<String> list(String tenantId);

    /** Replaces the list: 1 to 20 distinct reasons of up to 40 characters. */
    default List<String> replace(String tenantId, List<String> reasons) {
        return replace(tenantId, reasons, null);
    }

    /**
     * As {@link #replace(String, List)}, only if the tenant's list is still at {@code expectedUpdatedAt}
     * (null: whatever it is); the check is the write's own.
     *
     * @throws org.centrala.common.StaleVersionException when it was changed since; nothing is written
     */
    List<String> replace(String tenantId, List<String> reasons, java.time.Instant expectedUpdatedAt);

    /** When the tenant last set its list (its version), or null while it has the defaults. */
    java.time.Instant updatedAt(String tenantId);
}
