package org.centrala.licensing.internal.shell;

import org.centrala.shell.CentralaCommand;
import org.centrala.shell.Tables;
import org.centrala.shell.TenantIdCompleter;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.centrala.licensing.LicenceService;

@Service
@Command(scope = "centrala", name = "licence-list", description = "Shows a tenant's licences per channel: bought this month, held now, scheduled changes (R13, R14)")
public class LicenceListCommand extends CentralaCommand {
    @Reference
    LicenceService licences;

    @Argument(index = 0, name = "tenant", description = "The tenant's id", required = true)
    @Completion(TenantIdCompleter.class)
    String tenantId;

    @Override
    protected Object run() {
        ShellTable table = Tables.table("Channel", "Licences", "Held", "Changes");
        licences.positions(tenantId).forEach(p -> table.addRow().addContent(p.channel(), p.licences(), p.held(), QuantityChanges.text(p.changes())));
        table.print(System.out);
        return null;
    }
}
