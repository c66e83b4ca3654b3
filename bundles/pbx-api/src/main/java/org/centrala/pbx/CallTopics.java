package org.centrala.pbx;

/**
 * EventAdmin topics the call model posts, and their properties. Times are epoch milliseconds
 * (Long); absent values are left out. Subscribe with an EventHandler on e.g. {@code centrala/call/*}.
 */
public final class CallTopics {
    /** A new call (its first channel) appeared. */
    public static final String STARTED = "centrala/call/started";
    /**
     * A party of the call is rung ({@link #DEVICE}, e.g. {@code PJSIP/sip-abc}, at {@link #RINGING_AT}),
     * posted on the call's lane, so in order with the call's other events.
     */
    public static final String RINGING = "centrala/call/ringing";
    /** The call was answered by a party. */
    public static final String ANSWERED = "centrala/call/answered";
    /** The call ended; carries the complete, attributed record (one per tenant party). */
    public static final String ENDED = "centrala/call/ended";
    /** A device's state changed (NOT_INUSE, INUSE, RINGING, UNAVAILABLE, ...). */
    public static final String DEVICE_STATE = "centrala/device/state";

    public static final String LINK_ID = "link";
    public static final String PBX_CALL_ID = "pbxCallId";
    public static final String RECORD_ID = "recordId";
    public static final String TENANT_ID = "tenantId";
    public static final String DIRECTION = "direction";
    public static final String FROM = "from";
    public static final String TO = "to";
    public static final String USER_ID = "userId";
    public static final String DEVICE_ID = "deviceId";
    public static final String DEPARTMENT_ID = "departmentId";
    public static final String QUEUE = "queue";
    public static final String STARTED_AT = "startedAt";
    public static final String ANSWERED_AT = "answeredAt";
    public static final String RINGING_AT = "ringingAt";
    public static final String ENDED_AT = "endedAt";
    public static final String DISPOSITION = "disposition";
    public static final String RECORDED = "recorded";
    public static final String END_INFERRED = "endInferred";
    public static final String DEVICE = "device";
    public static final String STATE = "state";

    private CallTopics() {
    }
}
