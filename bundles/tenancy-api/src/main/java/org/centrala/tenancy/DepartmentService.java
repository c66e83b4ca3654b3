package org.centrala.tenancy;

import org.centrala.common.Page;
import org.centrala.common.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/** Departments of a tenant (R1). Every call names the tenant; a department of another tenant is not found. */
@ProviderType
public interface DepartmentService {
    Department create(String tenantId, DepartmentDraft draft);

    Department get(String tenantId, String id);

    Department update(String tenantId, String id, DepartmentDraft draft);

    void delete(String tenantId, String id);

    /** @param request sort keys: name (default), countryCode, createdAt */
    Page<Department> list(String tenantId, PageRequest request);
}
