package org.centrala.queues.internal.shell;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.centrala.queues.Agent;

@Service
@Command(scope = "centrala", name = "agent-login", description = "Logs an agent in to its queues with its phone (QueueAdd)")
public class AgentLogInCommand extends AgentCommand {
    @Override
    Agent act() {
        return agents.logIn(tenantId, userId);
    }
}
