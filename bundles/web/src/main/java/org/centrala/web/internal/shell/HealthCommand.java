package org.centrala.web.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.centrala.web.HealthPart;
import org.centrala.web.HealthReport;
import org.centrala.web.NodeHealth;

/** The web host's readiness report on the console; it cannot fail on an operator's input, so it needs no CentralaCommand. */
@Service
@Command(scope = "centrala", name = "health", description = "Shows whether the node is ready and the state of each part, as /api/v1/health/ready does")
public class HealthCommand implements Action {
    @Reference
    NodeHealth health;

    @Override
    public Object execute() {
        HealthReport report = health.report();
        ShellTable table = new ShellTable();
        for (String column : new String[] {"Part", "State", "Gates readiness", "Detail"}) {
            table.column(column);
        }
        for (HealthPart part : report.parts()) {
            table.addRow().addContent(part.name(), part.up() ? "UP" : "DOWN", part.gatesReadiness() ? "yes" : "no", part.detail());
        }
        table.print(System.out);
        System.out.println(report.ready() ? "The node is READY." : "The node is NOT READY: the parts marked DOWN that gate readiness say why.");
        return null;
    }
}
