package org.centrala.queues;

/** The EventAdmin topic of agents' state changes (posted after the change is kept), and its properties. */
public final class AgentTopics {
    public static final String STATE = "centrala/agent/state";

    public static final String TENANT_ID = "tenantId";
    public static final String USER_ID = "userId";
    public static final String DEPARTMENT_ID = "departmentId";
    /** An {@link AgentState} name. */
    public static final String STATE_NAME = "state";
    public static final String PAUSE_REASON = "pauseReason";
    /** Epoch milliseconds (Long). */
    public static final String AT = "at";
    public static final String CAUSE = "cause";

    private AgentTopics() {
    }
}
