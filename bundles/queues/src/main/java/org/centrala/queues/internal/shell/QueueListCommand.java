package org.centrala.queues.internal.shell;

import java.util.stream.Collectors;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.centrala.common.Page;
import org.centrala.queues.Queue;
import org.centrala.queues.QueueService;
import org.centrala.shell.PagingOptions;
import org.centrala.shell.Tables;
import org.centrala.shell.TenantIdCompleter;

@Service
@Command(scope = "centrala", name = "queue-list", description = "Lists a tenant's queues: name on the PBX, strategy, service level,"
        + " wrap-up and members with their penalties")
public class QueueListCommand extends PagingOptions {
    @Reference
    QueueService queues;

    @Argument(index = 0, name = "tenant", description = "The tenant's id", required = true)
    @Completion(TenantIdCompleter.class)
    String tenantId;

    @Override
    protected Object run() {
        Page<Queue> page = queues.list(tenantId, null, pageRequest());
        ShellTable table = Tables.table("ID", "Name", "On the PBX", "Strategy", "SL (s)", "Wrap-up (s)", "Members (user:penalty)");
        page.items().forEach(q -> table.addRow().addContent(q.id(), q.name(), q.pbxName(), q.strategy().pbxName(), q.serviceLevelSeconds(),
                q.wrapUpSeconds(), q.members().stream().map(m -> m.userId() + ":" + m.penalty()).collect(Collectors.joining(", "))));
        table.print(System.out);
        Tables.printFooter(System.out, page);
        return null;
    }
}
