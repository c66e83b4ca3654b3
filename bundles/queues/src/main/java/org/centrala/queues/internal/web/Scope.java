package org.centrala.queues.internal.web;

import java.util.Set;

import org.centrala.common.AccessDeniedException;
import org.centrala.common.Caller;
import org.centrala.common.NotFoundException;
import org.centrala.queues.Agent;
import org.centrala.queues.AgentService;
import org.centrala.queues.Queue;
import org.centrala.web.Access;

/** R18: a supervisor scoped to departments sees their queues and agents only; the rest does not exist for it. */
final class Scope {
    private Scope() {
    }

    /** The departments the caller is limited to; null when it sees the whole tenant. */
    static Set<String> departments(Caller caller) {
        return Access.seesWholeTenant(caller) ? null : caller.departmentIds();
    }

    static Queue visible(Caller caller, Queue queue) {
        Set<String> departments = departments(caller);
        if (departments != null && !departments.contains(queue.departmentId())) {
            throw new NotFoundException("Queue", queue.id());
        }
        return queue;
    }

    /** R18: a caller limited to departments makes and moves queues within them only. */
    static void requireDepartment(Caller caller, String departmentId) {
        Set<String> departments = departments(caller);
        if (departments != null && departmentId != null && !departments.contains(departmentId)) {
            throw new AccessDeniedException("a queue of another department than yours (R18)");
        }
    }

    /** The agent, if the caller may see it (itself, or in its departments). */
    static Agent agent(Caller caller, AgentService agents, String tenantId, String userId) {
        Agent agent = agents.get(tenantId, userId);
        if (!Access.seesUser(caller, userId, agent.departmentId())) {
            throw new NotFoundException("User", userId);
        }
        return agent;
    }
}
