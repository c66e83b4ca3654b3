package org.centrala.audit.internal.shell;

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
import org.centrala.audit.AuditEntry;
import org.centrala.audit.AuditLog;
import org.centrala.audit.AuditQuery;
import org.centrala.common.Page;

@Service
@Command(scope = "centrala", name = "audit-list", description = "Lists a tenant's audit entries, oldest first (R9)")
public class AuditListCommand extends PagingOptions {
    @Reference
    AuditLog audit;

    @Argument(index = 0, name = "tenant", description = "The tenant's id", required = true)
    @Completion(TenantIdCompleter.class)
    String tenantId;

    @Option(name = "--user", description = "Only entries about this user (id)")
    String userId;

    @Override
    protected Object run() {
        Page<AuditEntry> page = audit.query(new AuditQuery(tenantId, userId, null, null), pageRequest());
        ShellTable table = Tables.table("#", "At", "Actor", "Action", "Target", "Details");
        page.items().forEach(e -> table.addRow().addContent(e.sequence(), Tables.time(e.recordedAt()), e.actor(), e.action(),
                e.target() == null ? "" : e.target(), e.details() == null ? "" : e.details()));
        table.print(System.out);
        Tables.printFooter(System.out, page);
        return null;
    }
}
