package org.centrala.licensing;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * How many devices a tenant has registered; provided by the bundle that owns devices, so that
 * lowering the packs below the devices in use can be refused (R3).
 */
@ConsumerType
public interface DeviceInventory {
    int devicesInUse(String tenantId);
}
