package org.centrala.licensing;

import java.util.List;

/**
 * R3: a tenant's device packs of {@value #DEVICES_PER_PACK} devices. {@code packs} applies now;
 * {@code changes} lists this month's and later scheduled quantities. {@code updatedAt} is when the
 * quantities were last set (their version, the ETag); null while none was ever bought.
 */
public record DevicePacks(String tenantId, int packs, int devicesAllowed, int devicesInUse, List<QuantityChange> changes,
                          java.time.Instant updatedAt) {
    public static final int DEVICES_PER_PACK = 10;
    public static final String ITEM = "device-pack";

    /** Packs without a version (the form of version 3.1). */
    public DevicePacks(String tenantId, int packs, int devicesAllowed, int devicesInUse, List<QuantityChange> changes) {
        this(tenantId, packs, devicesAllowed, devicesInUse, changes, null);
    }
}
