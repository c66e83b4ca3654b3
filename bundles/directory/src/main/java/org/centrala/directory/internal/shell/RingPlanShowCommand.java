package org.centrala.directory.internal.shell;

import org.centrala.shell.CentralaCommand;
import org.centrala.shell.TenantIdCompleter;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.centrala.directory.RingPlan;
import org.centrala.directory.RingPlanService;

@Service
@Command(scope = "centrala", name = "ring-plan-show", description = "Shows a back-office user's ring plan, or the default one (R5)")
public class RingPlanShowCommand extends CentralaCommand {
    @Reference
    RingPlanService plans;

    @Argument(index = 0, name = "tenant", description = "The tenant's id", required = true)
    @Completion(TenantIdCompleter.class)
    String tenantId;

    @Argument(index = 1, name = "user", description = "The user's id", required = true)
    String userId;

    @Override
    protected Object run() {
        RingPlan plan = plans.get(tenantId, userId);
        System.out.println(plan.stored() ? "Ring plan:" : "Default ring plan:");
        for (int i = 0; i < plan.steps().size(); i++) {
            System.out.printf("%d. %s for %d s%n", i + 1, plan.steps().get(i).deviceIds(), plan.steps().get(i).ringSeconds());
        }
        return null;
    }
}
