package org.centrala.directory.internal.shell;

import org.centrala.shell.PagingOptions;
import org.centrala.shell.Tables;
import org.centrala.shell.TenantIdCompleter;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.centrala.common.Page;
import org.centrala.directory.User;
import org.centrala.directory.UserService;

@Service
@Command(scope = "centrala", name = "user-list", description = "Lists a tenant's users with their type, roles and licensed channels (R4, R13)")
public class UserListCommand extends PagingOptions {
    @Reference
    UserService users;

    @Argument(index = 0, name = "tenant", description = "The tenant's id", required = true)
    @Completion(TenantIdCompleter.class)
    String tenantId;

    @Option(name = "--department", description = "Only this department's users (id)")
    String departmentId;

    @Option(name = "--include-left", description = "Also users who have left")
    boolean includeLeft;

    @Override
    protected Object run() {
        Page<User> page = users.list(tenantId, departmentId, includeLeft, pageRequest());
        ShellTable table = Tables.table("ID", "Name", "Type", "Username", "Roles", "Channels", "Left");
        page.items().forEach(u -> table.addRow().addContent(u.id(), u.displayName(), u.type(), u.username() == null ? "" : u.username(),
                u.roles(), u.channels(), Tables.time(u.leftAt())));
        table.print(System.out);
        Tables.printFooter(System.out, page);
        return null;
    }
}
