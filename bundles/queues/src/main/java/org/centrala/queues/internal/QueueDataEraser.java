package org.centrala.queues.internal;

import java.util.List;

import org.centrala.directory.UserDataEraser;
import org.centrala.persistence.Database;
import org.centrala.tenancy.DepartmentReferences;
import org.centrala.tenancy.TenantDataEraser;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Queues and agents in a tenant's and a user's lifecycle: an erased tenant's queues, reasons and
 * agents go; an erased user leaves its queues (its state changes stay, by id only, for the
 * statistics of their months); a department with queues is not deleted.
 */
@Component(service = {TenantDataEraser.class, UserDataEraser.class, DepartmentReferences.class},
        property = TenantDataEraser.CONCERN + "=queues")
public class QueueDataEraser implements TenantDataEraser, UserDataEraser, DepartmentReferences {
    private final Database db;

    @Activate
    public QueueDataEraser(@Reference QueuesSchema schema) {
        this.db = schema.database();
    }

    @Override
    public void eraseTenant(String tenantId) {
        db.update("DELETE FROM agent_queue WHERE user_id IN (SELECT user_id FROM agent WHERE tenant_id = ?)", tenantId);
        db.update("DELETE FROM agent WHERE tenant_id = ?", tenantId);
        db.update("DELETE FROM agent_state_change WHERE tenant_id = ?", tenantId);
        db.update("DELETE FROM queue WHERE tenant_id = ?", tenantId);
        db.update("DELETE FROM pause_reason WHERE tenant_id = ?", tenantId);
    }

    @Override
    public void eraseUser(String tenantId, String userId) {
        db.update("DELETE FROM queue_member WHERE user_id = ?", userId);
        db.update("DELETE FROM agent_queue WHERE user_id = ?", userId);
        db.update("DELETE FROM agent WHERE user_id = ?", userId);
    }

    @Override
    public List<String> blocking(String tenantId, String departmentId) {
        long queues = db.count("SELECT COUNT(*) FROM queue WHERE tenant_id = ? AND department_id = ?", tenantId, departmentId);
        return queues == 0 ? List.of() : List.of(queues + " queue(s)");
    }

    @Override
    public void release(String tenantId, String departmentId) {
        // Nothing of queues only remembers a department.
    }
}
