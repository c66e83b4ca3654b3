package org.centrala.tenancy.internal.shell;

import org.centrala.shell.CentralaCommand;
import org.centrala.shell.Tables;
import org.centrala.shell.TenantIdCompleter;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.centrala.tenancy.Tenant;
import org.centrala.tenancy.TenantService;

@Service
@Command(scope = "centrala", name = "tenant-show", description = "Shows a tenant and its PBX record; the AMI secret is never shown (R2)")
public class TenantShowCommand extends CentralaCommand {
    @Reference
    TenantService tenants;

    @Argument(index = 0, name = "id", description = "The tenant's id", required = true)
    @Completion(TenantIdCompleter.class)
    String id;

    @Override
    protected Object run() {
        Tenant tenant = tenants.get(id);
        System.out.println("Tenant       " + tenant.id());
        System.out.println("Name         " + tenant.name());
        System.out.println("Sign-in      name@" + tenant.signInDomain());
        System.out.println("Status       " + tenant.status());
        System.out.println("Reseller     " + tenant.resellerId());
        System.out.println("PBX host     " + tenant.pbx().host());
        System.out.println("AMI port     " + tenant.pbx().amiPort());
        System.out.println("AMI user     " + tenant.pbx().amiUser());
        System.out.println("AMI secret   (write-only, not shown)");
        System.out.println("Dialplan ctx " + tenant.pbx().dialplanContext());
        System.out.println("Trunk        " + (tenant.pbx().trunk() == null ? "(none: no external numbers)" : tenant.pbx().trunk()));
        System.out.println("Created      " + Tables.time(tenant.createdAt()));
        System.out.println("Updated      " + Tables.time(tenant.updatedAt()));
        return null;
    }
}
