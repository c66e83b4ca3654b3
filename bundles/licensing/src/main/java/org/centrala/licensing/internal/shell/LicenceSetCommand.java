package org.centrala.licensing.internal.shell;

import org.centrala.shell.CentralaCommand;
import org.centrala.shell.ShellActor;
import org.centrala.shell.ShellMonths;
import org.centrala.shell.TenantIdCompleter;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.centrala.common.ActorContext;
import org.centrala.licensing.DevicePackService;
import org.centrala.licensing.DevicePacks;
import org.centrala.licensing.LicencePosition;
import org.centrala.licensing.LicenceService;

@Service
@Command(scope = "centrala", name = "licence-set",
        description = "Buys or removes a tenant's licences of a channel, or its device packs (channel 'device-pack'), from a month on (R3, R14)")
public class LicenceSetCommand extends CentralaCommand {
    @Reference
    LicenceService licences;

    @Reference
    DevicePackService packs;

    @Reference
    ActorContext actors;

    @Argument(index = 0, name = "tenant", description = "The tenant's id", required = true)
    @Completion(TenantIdCompleter.class)
    String tenantId;

    @Argument(index = 1, name = "channel", description = "voice, chat, email, a plugin's channel, or device-pack", required = true)
    String channel;

    @Argument(index = 2, name = "quantity", description = "How many, from the month on", required = true)
    int quantity;

    @Option(name = "--from", description = "First month it applies to, YYYY-MM (default: this month)")
    String fromMonth;

    @Override
    protected Object run() {
        java.time.YearMonth from = fromMonth == null ? null : ShellMonths.parse(fromMonth);
        try (ActorContext.Scope scope = ShellActor.enter(actors)) {
            if (DevicePacks.ITEM.equals(channel)) {
                DevicePacks result = packs.set(tenantId, from, quantity);
                System.out.printf("%d device pack(s) now, %d of %d devices in use%n", result.packs(), result.devicesInUse(), result.devicesAllowed());
            } else {
                LicencePosition result = licences.set(tenantId, channel, from, quantity);
                System.out.printf("%s: %d licence(s) this month, %d held, changes %s%n", result.channel(), result.licences(), result.held(),
                        QuantityChanges.text(result.changes()));
            }
        }
        return null;
    }
}
