package org.centrala.directory.internal;

import java.util.ArrayList;
import java.util.List;

import org.centrala.persistence.Database;
import org.centrala.tenancy.DepartmentReferences;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What of the directory refers to a department that is to be deleted: active users and access
 * profiles keep it; users who left only remember it, and let go of it (issue 9: a department
 * holding only users who left can be deleted; the audit log keeps where they were).
 */
@Component(service = DepartmentReferences.class)
public class DirectoryDepartmentReferences implements DepartmentReferences {
    private final Database db;

    @Activate
    public DirectoryDepartmentReferences(@Reference DirectorySchema schema) {
        this.db = schema.database();
    }

    @Override
    public List<String> blocking(String tenantId, String departmentId) {
        List<String> blocking = new ArrayList<>();
        long users = db.count("SELECT COUNT(*) FROM directory_user WHERE tenant_id = ? AND department_id = ? AND left_at IS NULL", tenantId, departmentId);
        if (users > 0) {
            blocking.add(users + " active user(s)");
        }
        long profiles = db.count("SELECT COUNT(*) FROM access_profile_department d JOIN access_profile p ON p.id = d.profile_id"
                + " WHERE p.tenant_id = ? AND d.department_id = ?", tenantId, departmentId);
        if (profiles > 0) {
            blocking.add(profiles + " access profile(s)");
        }
        return blocking;
    }

    @Override
    public void release(String tenantId, String departmentId) {
        db.update("UPDATE directory_user SET department_id = NULL WHERE tenant_id = ? AND department_id = ? AND left_at IS NOT NULL",
                tenantId, departmentId);
    }
}
