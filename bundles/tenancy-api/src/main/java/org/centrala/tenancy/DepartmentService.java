package org.centrala.tenancy;

import org.centrala.common.Page;
import org.centrala.common.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/** Departments of a tenant (R1). Every call names the tenant; a department of another tenant is not found. */
@ProviderType
public interface DepartmentService {
    Department create(String tenantId, DepartmentDraft draft);

    Department get(String tenantId, String id);

    default Department update(String tenantId, String id, DepartmentDraft draft) {
        return update(tenantId, id, draft, null);
    }

    /**
     * As the update without a version, only if the department is still as it was at {@code expectedUpdatedAt}
     * (null: whatever it is now): the check and the write are one statement, so of two writes made
     * against the same version exactly one is applied.
     *
     * @throws org.centrala.common.StaleVersionException when it was changed since; nothing is written
     */
    Department update(String tenantId, String id, DepartmentDraft draft, java.time.Instant expectedUpdatedAt);

    void delete(String tenantId, String id);

    /** @param request sort keys: name (default), countryCode, createdAt */
    Page<Department> list(String tenantId, PageRequest request);
}
