package org.centrala.directory.internal;

import org.centrala.persistence.Database;
import org.centrala.tenancy.TenantDataEraser;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Issue 9: when a tenant is erased, its users are anonymised (their rows stay for call records and
 * the audit trail) and its devices with their SIP credentials and mobile numbers, lines, ring plans
 * and access profiles are removed, so that tenancy can remove its departments.
 */
@Component(property = TenantDataEraser.CONCERN + "=directory")
public class DirectoryTenantEraser implements TenantDataEraser {
    private final Database db;
    private final UserErasure users;

    @Activate
    public DirectoryTenantEraser(@Reference DirectorySchema schema) {
        this.db = schema.database();
        this.users = new UserErasure(db, schema.clock());
    }

    @Override
    public void eraseTenant(String tenantId) {
        users.eraseUsers("tenant_id = ?", tenantId);
        db.update("UPDATE directory_user SET department_id = NULL WHERE tenant_id = ?", tenantId);
        db.update("DELETE FROM line WHERE tenant_id = ?", tenantId); // its sessions go with it (ON DELETE CASCADE)
        db.update("DELETE FROM ring_step_device WHERE device_id IN (SELECT id FROM device WHERE tenant_id = ?)", tenantId);
        db.update("DELETE FROM device WHERE tenant_id = ?", tenantId);
        db.update("DELETE FROM access_profile_department WHERE profile_id IN (SELECT id FROM access_profile WHERE tenant_id = ?)", tenantId);
        db.update("DELETE FROM access_profile WHERE tenant_id = ?", tenantId);
        db.update("DELETE FROM dialling_rules WHERE tenant_id = ?", tenantId);
    }
}
