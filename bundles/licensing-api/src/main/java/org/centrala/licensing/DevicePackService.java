package org.centrala.licensing;

import java.time.YearMonth;

import org.osgi.annotation.versioning.ProviderType;

/** R3: device packs per tenant and month. */
@ProviderType
public interface DevicePackService {
    DevicePacks get(String tenantId);

    /**
     * Sets the packs from a month on (this month or later). Lowering below the devices in use is a
     * {@link org.centrala.common.ConflictException} that says how many devices must go first.
     */
    default DevicePacks set(String tenantId, YearMonth fromMonth, int packs) {
        return set(tenantId, fromMonth, packs, null);
    }

    /**
     * As {@link #set(String, YearMonth, int)}, only if the packs are still at {@code expectedUpdatedAt}
     * (null: whatever they are); checked under the tenant's packs lock.
     *
     * @throws org.centrala.common.StaleVersionException when they were changed since; nothing is written
     */
    DevicePacks set(String tenantId, YearMonth fromMonth, int packs, java.time.Instant expectedUpdatedAt);

    /**
     * For the bundle that registers devices: call inside the transaction that inserts the device.
     * Serialises device registrations of the tenant until that transaction ends and returns how
     * many devices the tenant may have now (10 x packs).
     */
    int lockDeviceAllowance(String tenantId);
}
