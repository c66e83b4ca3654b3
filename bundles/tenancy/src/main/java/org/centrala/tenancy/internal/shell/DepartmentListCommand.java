package org.centrala.tenancy.internal.shell;

import org.centrala.shell.PagingOptions;
import org.centrala.shell.Tables;
import org.centrala.shell.TenantIdCompleter;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.centrala.common.Page;
import org.centrala.tenancy.Department;
import org.centrala.tenancy.DepartmentService;

@Service
@Command(scope = "centrala", name = "department-list", description = "Lists a tenant's departments (R1)")
public class DepartmentListCommand extends PagingOptions {
    @Reference
    DepartmentService departments;

    @Argument(index = 0, name = "tenant", description = "The tenant's id", required = true)
    @Completion(TenantIdCompleter.class)
    String tenantId;

    @Override
    protected Object run() {
        Page<Department> page = departments.list(tenantId, pageRequest());
        ShellTable table = Tables.table("ID", "Name", "Country");
        page.items().forEach(d -> table.addRow().addContent(d.id(), d.name(), d.countryCode()));
        table.print(System.out);
        Tables.printFooter(System.out, page);
        return null;
    }
}
