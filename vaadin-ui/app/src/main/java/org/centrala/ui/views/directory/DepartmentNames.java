package org.centrala.ui.views.directory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.centrala.ui.client.api.DepartmentsApi;
import org.centrala.ui.client.model.Department;
import org.centrala.ui.core.CoreRefusedException;
import org.centrala.ui.core.SignedIn;

/** A tenant's departments by id, for columns and choosers (a tenant has a few, the core gives up to 500 at once). */
public final class DepartmentNames {
    private DepartmentNames() {
    }

    public static Map<String, String> of(String tenantId) {
        List<Department> all = CoreRefusedException.unchecked(() -> SignedIn.required().api(DepartmentsApi.class, DepartmentsApi::new)
                .listDepartments(tenantId, 0, 500, null)).getItems();
        return all == null ? Map.of() : all.stream().collect(Collectors.toMap(Department::getId, Department::getName, (a, b) -> a,
                LinkedHashMap::new));
    }
}
