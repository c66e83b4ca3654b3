package org.centrala.calls.internal.shell;

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
import org.centrala.common.PageRequest;
import org.centrala.pbx.CallRecord;
import org.centrala.pbx.CallRecordQuery;
import org.centrala.pbx.CallRecords;

@Service
@Command(scope = "centrala", name = "call-list", description = "Lists a tenant's call records, newest first")
public class CallListCommand extends PagingOptions {
    @Reference
    CallRecords calls;

    @Argument(index = 0, name = "tenant", description = "The tenant's id", required = true)
    @Completion(TenantIdCompleter.class)
    String tenantId;

    @Option(name = "--user", description = "Only this user's calls")
    String userId;

    @Override
    protected Object run() {
        PageRequest asked = pageRequest();
        PageRequest request = asked.sortField() == null
                ? PageRequest.parse(asked.page(), asked.size(), "startedAt,desc") : asked;
        Page<CallRecord> page = calls.find(new CallRecordQuery(tenantId, userId, null, null, null), request);
        ShellTable table = Tables.table("Started", "Direction", "From", "To", "User", "Queue", "Talk s", "Disposition");
        page.items().forEach(c -> table.addRow().addContent(Tables.time(c.startedAt()), c.direction(), c.fromNumber(),
                c.toNumber(), c.userId() == null ? "" : c.userId(), c.queue() == null ? "" : c.queue(),
                c.talkSeconds(), c.disposition()));
        table.print(System.out);
        Tables.printFooter(System.out, page);
        return null;
    }
}
