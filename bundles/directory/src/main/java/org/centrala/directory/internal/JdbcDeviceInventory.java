package org.centrala.directory.internal;

import org.centrala.licensing.DeviceInventory;
import org.centrala.persistence.Database;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Tells licensing how many devices a tenant has, so that packs are never lowered below them (R3). */
@Component(service = DeviceInventory.class)
public class JdbcDeviceInventory implements DeviceInventory {
    private final Database db;

    @Activate
    public JdbcDeviceInventory(@Reference DirectorySchema schema) {
        this.db = schema.database();
    }

    @Override
    public int devicesInUse(String tenantId) {
        return (int) db.count("SELECT COUNT(*) FROM device WHERE tenant_id = ?", tenantId);
    }
}
