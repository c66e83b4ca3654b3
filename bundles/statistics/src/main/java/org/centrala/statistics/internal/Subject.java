package org.centrala.statistics.internal;

/**
 * One roll-up's subject: the tenant itself, or a department, queue or agent by id, with the
 * department it belongs to (R18: what a supervisor may read); null for the tenant's own.
 */
record Subject(Dimension dimension, String id, String departmentId) {

    static Subject tenant(String tenantId) {
        return new Subject(Dimension.TENANT, tenantId, null);
    }

    static Subject department(String departmentId) {
        return new Subject(Dimension.DEPARTMENT, departmentId, departmentId);
    }

    static Subject queue(String queueId, String departmentId) {
        return new Subject(Dimension.QUEUE, queueId, departmentId);
    }

    static Subject agent(String userId, String departmentId) {
        return new Subject(Dimension.AGENT, userId, departmentId);
    }
}
