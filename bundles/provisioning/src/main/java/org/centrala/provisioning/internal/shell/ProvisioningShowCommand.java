package org.centrala.provisioning.internal.shell;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.centrala.provisioning.internal.Provisioner;
import org.centrala.provisioning.internal.ProvisioningStatus;
import org.centrala.shell.CentralaCommand;
import org.centrala.shell.Tables;
import org.centrala.shell.TenantIdCompleter;

@Service
@Command(scope = "centrala", name = "provisioning-show", description = "Shows a tenant's configuration on its PBX: its files and"
        + " whether they are included, and each device, queue and dialplan entry (in sync, pending, drift, adopted, failed)")
public class ProvisioningShowCommand extends CentralaCommand {
    @Reference
    Provisioner provisioner;

    @Reference
    org.centrala.common.ActorContext actors;

    @Argument(index = 0, name = "tenant", description = "The tenant's id", required = true)
    @Completion(TenantIdCompleter.class)
    String tenantId;

    @Option(name = "--sync", description = "Write what is pending and read the PBX's files back first")
    boolean sync;

    @Option(name = "--repair", description = "With --sync: write drifted units again as Centrala has them")
    boolean repair;

    @Override
    protected Object run() {
        ProvisioningStatus status;
        try (org.centrala.common.ActorContext.Scope scope = org.centrala.shell.ShellActor.enter(actors)) {
            status = sync ? provisioner.sync(tenantId, repair) : provisioner.status(tenantId);
        }
        System.out.println(status.dialplanContext() + ": " + status.state() + (status.problem() == null ? "" : " (" + status.problem() + ")")
                + ", checked " + status.checkedAt() + ", PBX read " + status.pbxReadAt());
        ShellTable files = Tables.table("File", "Included from", "Included");
        status.files().forEach(f -> files.addRow().addContent(f.file(), f.includedFrom(),
                f.included() == null ? "?" : f.included() ? "yes" : "no: add " + f.includeLine()));
        files.print(System.out);
        ShellTable units = Tables.table("Kind", "Name", "State", "Detail");
        status.units().forEach(u -> units.addRow().addContent(u.kind(), u.name(), u.state(), u.detail() == null ? "" : u.detail()));
        units.print(System.out);
        return null;
    }
}
