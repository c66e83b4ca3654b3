package org.centrala.routing.internal;

import java.util.List;

import org.centrala.directory.UserType;

/**
 * Where a call goes and why (issue 11): to a user, ringing its steps one after the other, into a
 * queue, or nowhere, with the rejection and a sentence for people. {@code tenantId} is null only
 * when no tenant could be told from the context.
 */
record Route(String tenantId, String userId, UserType userType, String departmentId, Rejection rejection, String reason,
             List<DialStep> steps, QueueTarget queue, boolean fromOwnDevice, String callerUserId) {

    Route {
        steps = List.copyOf(steps);
    }

    Route(String tenantId, String userId, UserType userType, String departmentId, Rejection rejection, String reason,
          List<DialStep> steps) {
        this(tenantId, userId, userType, departmentId, rejection, reason, steps, null, false, null);
    }

    /**
     * The same route for a call that one of the tenant's own phones placed (its caller may transfer
     * it); {@code callerUserId} is the phone's user, if it has one (its recording policy counts too).
     */
    Route placedByOwnDevice(String callerUserId) {
        return new Route(tenantId, userId, userType, departmentId, rejection, reason, steps, queue, true, callerUserId);
    }

    /**
     * Dial's options (issue 11, item 4): {@code t} lets the tenant's user who answers transfer the
     * call, {@code T} lets the caller do so when it is one of the tenant's own phones; an outside
     * caller never gets Asterisk's transfer features (toll fraud).
     */
    String dialOptions() {
        return (userId != null ? "t" : "") + (fromOwnDevice ? "T" : "");
    }

    static Route rejected(String tenantId, Rejection rejection, String reason) {
        return new Route(tenantId, null, null, null, rejection, reason, List.of());
    }

    /** Into the queue: Asterisk's Queue() rings its agents; the caller waits at most {@code waitSeconds}. */
    static Route toQueue(String tenantId, QueueTarget queue) {
        return new Route(tenantId, null, null, queue.departmentId(), null, "queue '" + queue.name() + "' (" + queue.pbxName()
                + ")", List.of(), queue, false, null);
    }

    boolean isRejected() {
        return rejection != null;
    }

    /** Why a call reaches no one, and what the caller hears. */
    enum Rejection {
        /** No active tenant's calls run in the context: a PBX misconfiguration or a suspended tenant. */
        UNKNOWN_CONTEXT,
        /** Tenants on different Asterisks share the context name and the call's origin does not tell them apart. */
        AMBIGUOUS_CONTEXT,
        /**
         * No user of the tenant has the dialled number, and it is no outside number the caller may
         * dial (only the tenant's own devices reach outside, never a caller from the trunk): the
         * caller hears an announcement.
         */
        UNKNOWN_NUMBER,
        /** A valid outside number that the tenant's dialling rules bar: the caller hears "cannot be completed as dialled". */
        NUMBER_BARRED,
        /** The user has no device that can ring now (none, or only mobiles and no trunk). */
        NO_DEVICE,
        /** An outside number, but the tenant's PBX record has no trunk to reach it through. */
        NO_TRUNK
    }

    /** A queue the call enters; {@code pbxName} is its name in Asterisk's queues.conf. */
    record QueueTarget(String id, String name, String pbxName, String departmentId) {
    }

    /** One step of the plan as Asterisk dials it: {@code PJSIP/a&PJSIP/+38164...@trunk} for so many seconds. */
    record DialStep(String dial, int ringSeconds, List<String> deviceIds) {
        DialStep {
            deviceIds = List.copyOf(deviceIds);
        }
    }
}
