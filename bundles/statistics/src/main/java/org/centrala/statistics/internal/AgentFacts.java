package org.centrala.statistics.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.centrala.queues.AgentState;

/**
 * What an agent's time in one state adds to the roll-ups: its time, split at each quarter, for
 * the agent, its department and the tenant; every state but LOGGED_OUT is also log-in time.
 * Agents are contact-centre users only (R6, R8).
 */
final class AgentFacts {
    private AgentFacts() {
    }

    static RollupBatch add(RollupBatch batch, String tenantId, String userId, String departmentId, AgentState state, Instant from,
                           Instant to) {
        if (state == AgentState.LOGGED_OUT || !from.isBefore(to)) {
            return batch;
        }
        List<Subject> subjects = new ArrayList<>(List.of(Subject.tenant(tenantId), Subject.agent(userId, departmentId)));
        if (departmentId != null) {
            subjects.add(Subject.department(departmentId));
        }
        return batch.addTime(subjects, from, to, Measure.LOGGED_IN_MS).addTime(subjects, from, to, measureOf(state));
    }

    static Measure measureOf(AgentState state) {
        return switch (state) {
            case AVAILABLE -> Measure.AVAILABLE_MS;
            case RINGING -> Measure.RINGING_MS;
            case ON_CALL -> Measure.ON_CALL_MS;
            case WRAP_UP -> Measure.WRAP_UP_MS;
            case PAUSED -> Measure.PAUSED_MS;
            case LOGGED_OUT -> throw new IllegalArgumentException("no time is counted logged out");
        };
    }
}
