package org.centrala.queues.internal.agents;

import java.time.Instant;

import org.centrala.queues.AgentState;

/**
 * A logged-in agent as kept: its phone's interface, whether it is paused and why, what its phone
 * is doing (as of {@code phoneAt}, the PBX's time of the event that said so), until when it wraps
 * up, and the state that follows, since when. {@code pauseAt} is when the pause last changed, so an
 * older report of the PBX does not undo a newer action.
 */
record AgentRow(String userId, String tenantId, String departmentId, String memberInterface, boolean paused,
                String pauseReason, Instant pauseAt, PhoneState phone, Instant phoneAt, Instant wrapUpUntil, AgentState state,
                Instant since, Instant loggedInAt) {

    /** What the agent is doing now. Ringing and talking come first: a paused agent can take a direct call. */
    AgentState effectiveState(Instant now) {
        if (phone == PhoneState.RINGING) {
            return AgentState.RINGING;
        }
        if (phone == PhoneState.ON_CALL) {
            return AgentState.ON_CALL;
        }
        if (paused) {
            return AgentState.PAUSED;
        }
        if (wrapUpUntil != null && now.isBefore(wrapUpUntil)) {
            return AgentState.WRAP_UP;
        }
        return AgentState.AVAILABLE;
    }

    AgentRow withPause(boolean paused, String reason, Instant at) {
        return new AgentRow(userId, tenantId, departmentId, memberInterface, paused, paused ? reason : null, at, phone, phoneAt,
                wrapUpUntil, state, since, loggedInAt);
    }

    AgentRow withPhone(PhoneState phone, Instant at, Instant wrapUpUntil) {
        return new AgentRow(userId, tenantId, departmentId, memberInterface, paused, pauseReason, pauseAt, phone, at, wrapUpUntil,
                state, since, loggedInAt);
    }

    AgentRow withState(AgentState state, Instant since) {
        return new AgentRow(userId, tenantId, departmentId, memberInterface, paused, pauseReason, pauseAt, phone, phoneAt,
                wrapUpUntil, state, since, loggedInAt);
    }
}
