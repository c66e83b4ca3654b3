package org.centrala.queues.internal.shell;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.centrala.common.ActorContext;
import org.centrala.queues.Agent;
import org.centrala.queues.AgentService;
import org.centrala.shell.CentralaCommand;
import org.centrala.shell.ShellActor;
import org.centrala.shell.TenantIdCompleter;

/** What the agent commands share: the tenant and user, the operator as the audit log's actor (R9), the answer. */
abstract class AgentCommand extends CentralaCommand {
    @Reference
    AgentService agents;

    @Reference
    ActorContext actors;

    @Argument(index = 0, name = "tenant", description = "The tenant's id", required = true)
    @Completion(TenantIdCompleter.class)
    String tenantId;

    @Argument(index = 1, name = "user", description = "The agent's user id", required = true)
    String userId;

    @Override
    protected Object run() {
        try (ActorContext.Scope scope = ShellActor.enter(actors)) {
            Agent agent = act();
            System.out.println(agent.displayName() + ": " + agent.state() + (agent.pauseReason() == null ? "" : " (" + agent.pauseReason() + ")")
                    + (agent.queueIds().isEmpty() ? "" : " in " + agent.queueIds().size() + " queue(s) with " + agent.memberInterface()));
        }
        return null;
    }

    abstract Agent act();
}
