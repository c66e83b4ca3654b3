package org.centrala.licensing.internal.shell;

import org.centrala.shell.CentralaCommand;
import org.centrala.shell.ShellMonths;
import org.centrala.shell.Tables;
import org.centrala.shell.TenantIdCompleter;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.centrala.licensing.BillingService;
import org.centrala.licensing.BillingStatement;

@Service
@Command(scope = "centrala", name = "billing-show", description = "Shows a tenant's billing statement for a month (R17)")
public class BillingShowCommand extends CentralaCommand {
    @Reference
    BillingService billing;

    @Argument(index = 0, name = "tenant", description = "The tenant's id", required = true)
    @Completion(TenantIdCompleter.class)
    String tenantId;

    @Argument(index = 1, name = "month", description = "YYYY-MM", required = true)
    String month;

    @Override
    protected Object run() {
        BillingStatement statement = billing.statement(tenantId, ShellMonths.parse(month));
        System.out.println(statement.tenantName() + ", " + statement.month() + (statement.currency() == null ? "" : ", " + statement.currency()));
        ShellTable table = Tables.table("Item", "Description", "Quantity", "Unit price", "Amount");
        statement.lines().forEach(l -> table.addRow().addContent(l.item(), l.description(), l.quantity(),
                l.unitPrice() == null ? "no price" : l.unitPrice(), l.amount() == null ? "" : l.amount()));
        table.print(System.out);
        System.out.println("Total " + statement.total() + (statement.complete() ? "" : " (incomplete: the price list lacks some items)"));
        return null;
    }
}
