package org.centrala.queues.internal.shell;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.centrala.queues.Agent;

@Service
@Command(scope = "centrala", name = "agent-logout", description = "Logs an agent out of its queues (QueueRemove)")
public class AgentLogOutCommand extends AgentCommand {
    @Override
    Agent act() {
        return agents.logOut(tenantId, userId, "LOG_OUT");
    }
}
