package org.centrala.tenancy.internal.shell;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.centrala.common.ActorContext;
import org.centrala.shell.CentralaCommand;
import org.centrala.shell.ResellerIdCompleter;
import org.centrala.shell.ShellActor;
import org.centrala.shell.TenantIdCompleter;
import org.centrala.tenancy.Tenant;
import org.centrala.tenancy.TenantService;

@Service
@Command(scope = "centrala", name = "tenant-move", description = "Moves a tenant to another reseller (issue 9): the month of the move is"
        + " billed by the one it leaves, the next months by the new one; audited for both")
public class TenantMoveCommand extends CentralaCommand {
    @Reference
    TenantService tenants;

    @Reference
    ActorContext actors;

    @Argument(index = 0, name = "tenant", description = "The tenant's id", required = true)
    @Completion(TenantIdCompleter.class)
    String tenantId;

    @Argument(index = 1, name = "reseller", description = "The id of the reseller it moves to", required = true)
    @Completion(ResellerIdCompleter.class)
    String resellerId;

    @Override
    protected Object run() {
        Tenant moved;
        try (ActorContext.Scope scope = ShellActor.enter(actors)) {
            moved = tenants.move(tenantId, resellerId);
        }
        System.out.println("Tenant " + moved.name() + " (" + moved.id() + ") now belongs to reseller " + moved.resellerId());
        return null;
    }
}
