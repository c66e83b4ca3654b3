package org.centrala.statistics.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.centrala.queues.Agent;
import org.centrala.queues.AgentService;
import org.centrala.queues.Queue;
import org.centrala.queues.QueueService;
import org.centrala.tenancy.Department;
import org.centrala.tenancy.DepartmentService;
import org.centrala.web.Paging;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Puts the live figures together: today's tallies kept by the writer (the same numbers the day's
 * roll-ups hold), the callers waiting, and the agents' states as the queues bundle keeps them.
 */
@Component(service = LiveBoard.class)
public class LiveBoard {
    private final RollupWriter writer;
    private final WaitingCallers waiting;
    private final QueueService queues;
    private final AgentService agents;
    private final DepartmentService departments;
    private final TimeZones zones;

    @Activate
    public LiveBoard(@Reference RollupWriter writer, @Reference WaitingCallers waiting, @Reference QueueService queues,
                     @Reference AgentService agents, @Reference DepartmentService departments, @Reference TimeZones zones) {
        this.writer = writer;
        this.waiting = waiting;
        this.queues = queues;
        this.agents = agents;
        this.departments = departments;
        this.zones = zones;
    }

    /** @param departmentIds a supervisor's departments (R18); null: the whole tenant */
    LiveFigures now(String tenantId, Set<String> departmentIds) {
        Map<Subject, Tally> today = writer.today(tenantId);
        Instant now = writer.now();
        ZoneId zone = zones.of(tenantId);
        Function<Subject, Figures> figures = subject -> Figures.of(today.getOrDefault(subject, Tally.ZERO));

        List<LiveFigures.DepartmentNow> departmentRows = new ArrayList<>();
        Paging.all(request -> departments.list(tenantId, request), null, department -> {
            if (departmentIds == null || departmentIds.contains(department.id())) {
                departmentRows.add(new LiveFigures.DepartmentNow(department.id(), department.name(),
                        figures.apply(Subject.department(department.id()))));
            }
        });
        List<LiveFigures.QueueNow> queueRows = new ArrayList<>();
        Paging.all(request -> queues.list(tenantId, departmentIds, request), null,
                queue -> queueRows.add(queueNow(tenantId, queue, now, figures)));
        List<LiveFigures.AgentNow> agentRows = new ArrayList<>();
        Paging.all(request -> agents.list(tenantId, departmentIds, request), null,
                agent -> agentRows.add(agentNow(agent, now, figures)));
        return new LiveFigures(now, zone.getId(), LocalDate.ofInstant(now, zone),
                departmentIds == null ? figures.apply(Subject.tenant(tenantId)) : null, departmentRows, queueRows, agentRows);
    }

    LiveFigures.AgentNow agentNow(Agent agent, Instant now, Function<Subject, Figures> figures) {
        return new LiveFigures.AgentNow(agent.userId(), agent.displayName(), agent.departmentId(), agent.state(), agent.pauseReason(),
                agent.since(), agent.since() == null ? 0 : Math.max(0, now.toEpochMilli() - agent.since().toEpochMilli()) / 1000.0,
                figures.apply(Subject.agent(agent.userId(), agent.departmentId())));
    }

    /** One agent's own figures of today (the agent's desk). */
    LiveFigures.AgentNow agent(String tenantId, String userId) {
        Map<Subject, Tally> today = writer.today(tenantId);
        Agent agent = agents.get(tenantId, userId);
        return agentNow(agent, writer.now(), subject -> Figures.of(today.getOrDefault(subject, Tally.ZERO)));
    }

    private LiveFigures.QueueNow queueNow(String tenantId, Queue queue, Instant now, Function<Subject, Figures> figures) {
        List<WaitingCallers.Caller> callers = waiting.in(tenantId, queue.pbxName());
        double longest = callers.isEmpty() ? 0 : Math.max(0, now.toEpochMilli() - callers.get(0).since().toEpochMilli()) / 1000.0;
        return new LiveFigures.QueueNow(queue.id(), queue.name(), queue.departmentId(), callers.size(), longest,
                figures.apply(Subject.queue(queue.id(), queue.departmentId())));
    }

}
