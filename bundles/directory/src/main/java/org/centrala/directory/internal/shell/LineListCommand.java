package org.centrala.directory.internal.shell;

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
import org.centrala.directory.DeviceService;
import org.centrala.directory.Line;
import org.centrala.directory.LineService;
import org.centrala.directory.UserService;

@Service
@Command(scope = "centrala", name = "line-list", description = "Lists a tenant's hot-desk lines and who holds them (R11)")
public class LineListCommand extends PagingOptions {
    @Reference
    LineService lines;

    @Reference
    DeviceService devices;

    @Reference
    UserService users;

    @Argument(index = 0, name = "tenant", description = "The tenant's id", required = true)
    @Completion(TenantIdCompleter.class)
    String tenantId;

    @Override
    protected Object run() {
        Page<Line> page = lines.list(tenantId, pageRequest());
        ShellTable table = Tables.table("ID", "Name", "Device", "Held by", "Since");
        page.items().forEach(l -> table.addRow().addContent(l.id(), l.name(), Tables.named(l.deviceId(), id -> devices.get(tenantId, id).label()),
                l.heldBy() == null ? "free" : Tables.named(l.heldBy(), id -> users.get(tenantId, id).displayName()), Tables.time(l.heldSince())));
        table.print(System.out);
        Tables.printFooter(System.out, page);
        return null;
    }
}
