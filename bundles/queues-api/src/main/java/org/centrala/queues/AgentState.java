package org.centrala.queues;

/**
 * What an agent is doing, from Centrala's own actions and the PBX's queue events. Ringing and on
 * call come first: a paused agent can still take a direct call.
 */
public enum AgentState {
    LOGGED_OUT, AVAILABLE, RINGING, ON_CALL, WRAP_UP, PAUSED
}
