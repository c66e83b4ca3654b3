package org.centrala.licensing;

import java.util.List;

/**
 * R3: a tenant's device packs of {@value #DEVICES_PER_PACK} devices. {@code packs} applies now;
 * {@code changes} lists this month's and later scheduled quantities.
 */
public record DevicePacks(String tenantId, int packs, int devicesAllowed, int devicesInUse, List<QuantityChange> changes) {
    public static final int DEVICES_PER_PACK = 10;
    public static final String ITEM = "device-pack";
}
