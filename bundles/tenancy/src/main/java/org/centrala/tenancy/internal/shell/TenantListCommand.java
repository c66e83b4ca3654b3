package org.centrala.tenancy.internal.shell;

import org.centrala.shell.PagingOptions;
import org.centrala.shell.Tables;
import org.centrala.shell.ResellerIdCompleter;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.centrala.common.Page;
import org.centrala.tenancy.Tenant;
import org.centrala.tenancy.ResellerService;
import org.centrala.tenancy.TenantService;

@Service
@Command(scope = "centrala", name = "tenant-list", description = "Lists tenants with their PBX (R1, R2)")
public class TenantListCommand extends PagingOptions {
    @Reference
    TenantService tenants;

    @Reference
    ResellerService resellers;

    @Option(name = "--reseller", description = "Only this reseller's tenants (id)")
    @Completion(ResellerIdCompleter.class)
    String resellerId;

    @Override
    protected Object run() {
        Page<Tenant> page = tenants.list(resellerId, pageRequest());
        ShellTable table = Tables.table("ID", "Name", "Sign-in domain", "Reseller", "PBX", "Dialplan context");
        page.items().forEach(t -> table.addRow().addContent(t.id(), t.name(), t.signInDomain(), Tables.named(t.resellerId(), id -> resellers.get(id).name()),
                t.pbx().host() + ":" + t.pbx().amiPort(), t.pbx().dialplanContext()));
        table.print(System.out);
        Tables.printFooter(System.out, page);
        return null;
    }
}
