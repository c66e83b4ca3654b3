package org.centrala.tenancy.internal.shell;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.centrala.common.ActorContext;
import org.centrala.common.ValidationException;
import org.centrala.shell.CentralaCommand;
import org.centrala.shell.ShellActor;
import org.centrala.shell.Tables;
import org.centrala.shell.TenantIdCompleter;
import org.centrala.tenancy.Tenant;
import org.centrala.tenancy.TenantService;

/** One command for the steps of a tenant's life (issue 9), as REST and SOAP have them. */
@Service
@Command(scope = "centrala", name = "tenant-lifecycle", description = "Moves a tenant along its life: suspend, reactivate, terminate,"
        + " withdraw (a termination), erase (a terminated tenant); each step audited")
public class TenantLifecycleCommand extends CentralaCommand {
    @Reference
    TenantService tenants;

    @Reference
    ActorContext actors;

    @Argument(index = 0, name = "tenant", description = "The tenant's id", required = true)
    @Completion(TenantIdCompleter.class)
    String tenantId;

    @Argument(index = 1, name = "step", description = "suspend, reactivate, terminate, withdraw or erase", required = true)
    @Completion(value = StringsCompleter.class, values = {"suspend", "reactivate", "terminate", "withdraw", "erase"})
    String step;

    @Override
    protected Object run() {
        Tenant tenant;
        try (ActorContext.Scope scope = ShellActor.enter(actors)) {
            tenant = switch (step) {
                case "suspend" -> tenants.suspend(tenantId);
                case "reactivate" -> tenants.reactivate(tenantId);
                case "terminate" -> tenants.terminate(tenantId);
                case "withdraw" -> tenants.withdrawTermination(tenantId);
                case "erase" -> tenants.erase(tenantId);
                default -> throw new ValidationException("step", "must be suspend, reactivate, terminate, withdraw or erase");
            };
        }
        System.out.println("Tenant " + tenant.name() + " (" + tenant.id() + ") is " + tenant.status()
                + (tenant.erasableAt() == null ? "" : ", erasable from " + Tables.time(tenant.erasableAt())));
        return null;
    }
}
