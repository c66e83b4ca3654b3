package org.centrala.pbx.internal.shell;

import org.centrala.shell.CentralaCommand;
import org.centrala.shell.Tables;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.centrala.pbx.PbxLinkStatus;
import org.centrala.pbx.PbxLinks;

@Service
@Command(scope = "centrala", name = "pbx-status", description = "Lists the AMI connections: state since when, last error, events received/dropped")
public class PbxStatusCommand extends CentralaCommand {
    @Reference
    PbxLinks links;

    @Override
    protected Object run() {
        ShellTable table = Tables.table("Link", "Tenants", "State", "Since", "Connects", "Events", "Dropped", "Queue",
                "Calls", "Devices", "Last error");
        for (PbxLinkStatus s : links.links()) {
            table.addRow().addContent(s.id(), s.tenantIds().size(), s.state(), Tables.time(s.since()), s.connects(),
                    s.eventsReceived(), s.eventsDropped(), s.queueDepth() + "/" + s.queueCapacity(),
                    s.callsInProgress(), s.devicesKnown(),
                    s.lastError() == null ? "" : s.lastError() + " (" + Tables.time(s.lastErrorAt()) + ")");
        }
        table.print(System.out);
        return null;
    }
}
