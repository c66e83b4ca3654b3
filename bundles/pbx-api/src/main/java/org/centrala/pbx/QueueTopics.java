package org.centrala.pbx;

/**
 * EventAdmin topics of what a PBX says about its queues' members, as Asterisk reports it (posted
 * off the AMI reader, in each call's order). Subscribers (agent states, statistics) match members
 * by interface. Times are epoch milliseconds (Long); absent values are left out.
 */
public final class QueueTopics {
    /** A member was added (QueueMemberAdded). */
    public static final String MEMBER_ADDED = "centrala/queue/member/added";
    /** A member was removed (QueueMemberRemoved). */
    public static final String MEMBER_REMOVED = "centrala/queue/member/removed";
    /** A member was paused or resumed (QueueMemberPause); {@link #PAUSED}, {@link #REASON}. */
    public static final String MEMBER_PAUSE = "centrala/queue/member/pause";
    /** A member's device state changed (QueueMemberStatus); {@link #STATUS}. */
    public static final String MEMBER_STATUS = "centrala/queue/member/status";
    /** The queue rings a member for a caller (AgentCalled). */
    public static final String AGENT_CALLED = "centrala/queue/agent/called";
    /** The member did not answer in time (AgentRingNoAnswer). */
    public static final String AGENT_RING_NO_ANSWER = "centrala/queue/agent/ringnoanswer";
    /** The member answered a queue caller (AgentConnect). */
    public static final String AGENT_CONNECT = "centrala/queue/agent/connect";
    /** The member's queue call ended (AgentComplete). */
    public static final String AGENT_COMPLETE = "centrala/queue/agent/complete";
    /**
     * A caller joined a queue (QueueCallerJoin): {@link #QUEUE}, {@link #PBX_CALL_ID}, {@link #AT},
     * and {@link #TENANT_ID} when the call's context is a tenant's. Posted on the call's lane.
     */
    public static final String CALLER_JOINED = "centrala/queue/caller/joined";
    /**
     * A caller stopped waiting in a queue (QueueCallerLeave, QueueCallerAbandon, or its call ended):
     * answered, abandoned or let go; the ended call's {@link QueueVisit} tells which.
     */
    public static final String CALLER_LEFT = "centrala/queue/caller/left";
    /**
     * What the PBX lists of its queues after each (re)connect (QueueStatus): {@link #QUEUES}, the
     * queues it has; {@link #MEMBERS}, each member as {@code queue|interface}; {@link #TENANT_IDS},
     * the tenants on that PBX; {@link #AT}, when it was asked. A member that is not listed is no
     * longer in that queue.
     */
    public static final String SNAPSHOT = "centrala/queue/snapshot";
    /** Every topic above. */
    public static final String ALL = "centrala/queue/*";

    public static final String LINK_ID = "link";
    /** The tenant whose dialplan context the caller's call runs in, on caller events. */
    public static final String TENANT_ID = "tenantId";
    /** The queue's name on the PBX. */
    public static final String QUEUE = "queue";
    /** The member's interface, e.g. {@code PJSIP/sip-k5z6ezgdzatb}. */
    public static final String INTERFACE = "interface";
    /** Asterisk's device state number of the member (1 not in use, 2 in use, 6 ringing, ...). */
    public static final String STATUS = "status";
    public static final String PAUSED = "paused";
    public static final String REASON = "reason";
    /** The caller's call (its linked id), for agent events. */
    public static final String PBX_CALL_ID = "pbxCallId";
    public static final String AT = "at";
    /** String[] of a snapshot. */
    public static final String QUEUES = "queues";
    /** String[] of a snapshot. */
    public static final String MEMBERS = "members";
    /** String[] of a snapshot. */
    public static final String TENANT_IDS = "tenantIds";

    private QueueTopics() {
    }
}
