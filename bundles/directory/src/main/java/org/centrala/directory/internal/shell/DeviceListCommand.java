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
import org.centrala.directory.Device;
import org.centrala.directory.DeviceService;
import org.centrala.directory.UserService;
import org.centrala.licensing.DevicePackService;
import org.centrala.licensing.DevicePacks;

@Service
@Command(scope = "centrala", name = "device-list", description = "Lists a tenant's devices and how many its packs allow (R3); SIP secrets are never shown")
public class DeviceListCommand extends PagingOptions {
    @Reference
    DeviceService devices;

    @Reference
    DevicePackService packs;

    @Reference
    UserService users;

    @Argument(index = 0, name = "tenant", description = "The tenant's id", required = true)
    @Completion(TenantIdCompleter.class)
    String tenantId;

    @Override
    protected Object run() {
        Page<Device> page = devices.list(tenantId, null, pageRequest());
        ShellTable table = Tables.table("ID", "Label", "Kind", "Owner", "SIP user", "Mobile");
        page.items().forEach(d -> table.addRow().addContent(d.id(), d.label(), d.kind(), Tables.named(d.ownerUserId(), id -> users.get(tenantId, id).displayName()),
                d.sipUsername() == null ? "" : d.sipUsername(), d.mobileNumber() == null ? "" : d.mobileNumber()));
        table.print(System.out);
        Tables.printFooter(System.out, page);
        DevicePacks current = packs.get(tenantId);
        System.out.printf("%d device pack(s): %d of %d devices in use%n", current.packs(), current.devicesInUse(), current.devicesAllowed());
        return null;
    }
}
