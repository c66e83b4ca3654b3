package org.centrala.directory.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.centrala.common.NotFoundException;
import org.centrala.common.ValidationException;
import org.centrala.persistence.Database;

/**
 * Checks that keep every reference inside one tenant (R1): a department, user or device of
 * another tenant is reported exactly as one that does not exist.
 */
final class TenantData {
    private final Database db;

    TenantData(Database db) {
        this.db = db;
    }

    void requireTenant(String tenantId) {
        if (db.count("SELECT COUNT(*) FROM tenant WHERE id = ?", tenantId) == 0) {
            throw new NotFoundException("Tenant", tenantId);
        }
    }

    void requireDepartment(String tenantId, String departmentId, String field) {
        if (departmentId != null && db.count("SELECT COUNT(*) FROM department WHERE tenant_id = ? AND id = ?", tenantId, departmentId) == 0) {
            throw new ValidationException(field, "no department '" + departmentId + "' in this tenant");
        }
    }

    /** An active (not departed) user of the tenant, for a reference in a request field. */
    void requireActiveUser(String tenantId, String userId, String field) {
        if (userId != null && db.count("SELECT COUNT(*) FROM directory_user WHERE tenant_id = ? AND id = ? AND left_at IS NULL",
                tenantId, userId) == 0) {
            throw new ValidationException(field, "no active user '" + userId + "' in this tenant");
        }
    }

    static Instant now(java.time.Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
