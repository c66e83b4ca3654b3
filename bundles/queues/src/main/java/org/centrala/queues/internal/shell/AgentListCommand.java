package org.centrala.queues.internal.shell;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.centrala.common.Page;
import org.centrala.queues.Agent;
import org.centrala.queues.AgentService;
import org.centrala.shell.PagingOptions;
import org.centrala.shell.Tables;
import org.centrala.shell.TenantIdCompleter;

@Service
@Command(scope = "centrala", name = "agent-list", description = "Lists a tenant's agents with their states (R11)")
public class AgentListCommand extends PagingOptions {
    @Reference
    AgentService agents;

    @Argument(index = 0, name = "tenant", description = "The tenant's id", required = true)
    @Completion(TenantIdCompleter.class)
    String tenantId;

    @Override
    protected Object run() {
        Page<Agent> page = agents.list(tenantId, null, pageRequest());
        ShellTable table = Tables.table("User", "Name", "State", "Reason", "Since", "Phone", "Queues");
        page.items().forEach(a -> table.addRow().addContent(a.userId(), a.displayName(), a.state(),
                a.pauseReason() == null ? "" : a.pauseReason(), Tables.time(a.since()), a.memberInterface() == null ? "" : a.memberInterface(),
                a.queueIds().size()));
        table.print(System.out);
        Tables.printFooter(System.out, page);
        return null;
    }
}
