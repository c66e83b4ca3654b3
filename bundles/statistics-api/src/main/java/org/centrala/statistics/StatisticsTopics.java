package org.centrala.statistics;

/**
 * The EventAdmin topic of changed live figures and its properties. Posted after a call was
 * counted (for the tenant, the queue, its department and the agent who answered), an agent's state
 * ended, or a caller joined or left a queue.
 */
public final class StatisticsTopics {
    /** A subject's figures of today changed. */
    public static final String UPDATED = "centrala/statistics/updated";

    public static final String TENANT_ID = "tenantId";
    /** {@code tenant}, {@code department}, {@code queue} or {@code agent}. */
    public static final String SUBJECT = "subject";
    /** The department's, queue's or agent's id (the tenant's for the tenant). */
    public static final String SUBJECT_ID = "subjectId";
    /** The subject's department (R18: who may see it); absent for the tenant's own figures. */
    public static final String DEPARTMENT_ID = "departmentId";
    /**
     * The figures as a {@code Map<String, Object>} of JSON values (strings, numbers, booleans,
     * maps): the subject's entry of {@code GET /tenants/{t}/statistics/live}.
     */
    public static final String DATA = "data";
    /**
     * When the PBX's event that changed the figures happened, epoch milliseconds (Long): the ended
     * call's hang-up, the agent state's end, the caller's joining or leaving, as the PBX stamped it.
     */
    public static final String AT = "at";

    private StatisticsTopics() {
    }
}
