package org.centrala.queues.internal.shell;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.centrala.queues.Agent;

@Service
@Command(scope = "centrala", name = "agent-pause", description = "Pauses an agent in its queues with one of the tenant's reasons,"
        + " or resumes it with --resume")
public class AgentPauseCommand extends AgentCommand {
    @Argument(index = 2, name = "reason", description = "One of the tenant's pause reasons; absent with --resume")
    String reason;

    @org.apache.karaf.shell.api.action.Option(name = "--resume", description = "End the pause instead")
    boolean resume;

    @Override
    Agent act() {
        return resume ? agents.resume(tenantId, userId) : agents.pause(tenantId, userId, reason);
    }
}
