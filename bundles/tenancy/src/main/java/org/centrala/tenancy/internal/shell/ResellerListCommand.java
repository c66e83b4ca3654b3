package org.centrala.tenancy.internal.shell;

import org.centrala.shell.PagingOptions;
import org.centrala.shell.Tables;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.centrala.common.Page;
import org.centrala.tenancy.Reseller;
import org.centrala.tenancy.ResellerService;

@Service
@Command(scope = "centrala", name = "reseller-list", description = "Lists resellers (R1)")
public class ResellerListCommand extends PagingOptions {
    @Reference
    ResellerService resellers;

    @Override
    protected Object run() {
        Page<Reseller> page = resellers.list(pageRequest());
        ShellTable table = Tables.table("ID", "Name", "Contact", "Created");
        page.items().forEach(r -> table.addRow().addContent(r.id(), r.name(), r.contactEmail() == null ? "" : r.contactEmail(),
                Tables.time(r.createdAt())));
        table.print(System.out);
        Tables.printFooter(System.out, page);
        return null;
    }
}
