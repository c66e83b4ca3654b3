package org.centrala.directory.internal.shell;

import org.centrala.shell.CentralaCommand;
import org.centrala.shell.ShellActor;
import org.centrala.shell.TenantIdCompleter;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.centrala.common.ActorContext;
import org.centrala.directory.DeviceDraft;
import org.centrala.directory.DeviceKind;
import org.centrala.directory.DeviceService;
import org.centrala.directory.NewDevice;

@Service
@Command(scope = "centrala", name = "device-add",
        description = "Registers a device within the tenant's packs (R3); a SIP device's generated secret is printed this once")
public class DeviceAddCommand extends CentralaCommand {
    @Reference
    DeviceService devices;

    @Reference
    ActorContext actors;

    @Argument(index = 0, name = "tenant", description = "The tenant's id", required = true)
    @Completion(TenantIdCompleter.class)
    String tenantId;

    @Argument(index = 1, name = "label", description = "What the device is called", required = true)
    String label;

    @Option(name = "--kind", description = "SIP_DESK_PHONE, SIP_SOFTPHONE or MOBILE_PHONE", required = true)
    DeviceKind kind;

    @Option(name = "--owner", description = "The user it is assigned to (id)")
    String ownerUserId;

    @Option(name = "--mobile", description = "Mobile number, E.164 or national with --region")
    String mobileNumber;

    @Option(name = "--region", description = "ISO 3166 country of a national mobile number")
    String region;

    @Override
    protected Object run() {
        NewDevice created;
        try (ActorContext.Scope scope = ShellActor.enter(actors)) {
            created = devices.create(tenantId, new DeviceDraft(kind, label, ownerUserId, mobileNumber, region));
        }
        System.out.println("Registered device " + created.device().id() + " (" + created.device().kind() + ")");
        if (created.sipSecret() != null) {
            System.out.println("SIP user " + created.device().sipUsername() + ", secret " + created.sipSecret() + " (shown this once)");
        }
        return null;
    }
}
