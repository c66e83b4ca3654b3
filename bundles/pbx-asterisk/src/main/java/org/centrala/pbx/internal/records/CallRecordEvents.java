package org.centrala.pbx.internal.records;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.centrala.directory.UserType;
import org.centrala.pbx.CallDirection;
import org.centrala.pbx.CallDisposition;
import org.centrala.pbx.CallRecord;
import org.centrala.pbx.CallTopics;
import org.osgi.service.event.Event;

/** A call record as the properties of a {@link CallTopics#ENDED} event, and back. */
public final class CallRecordEvents {
    static final String USER_TYPE = "userType";

    private CallRecordEvents() {
    }

    public static Event ended(String linkId, CallRecord r, UserType userType) {
        Map<String, Object> p = new HashMap<>();
        p.put(CallTopics.LINK_ID, linkId);
        p.put(CallTopics.RECORD_ID, r.id());
        p.put(CallTopics.TENANT_ID, r.tenantId());
        p.put(CallTopics.PBX_CALL_ID, r.pbxCallId());
        p.put(CallTopics.DIRECTION, r.direction().name());
        put(p, CallTopics.FROM, r.fromNumber());
        put(p, CallTopics.TO, r.toNumber());
        put(p, CallTopics.USER_ID, r.userId());
        put(p, USER_TYPE, userType == null ? null : userType.name());
        put(p, CallTopics.DEVICE_ID, r.deviceId());
        put(p, CallTopics.DEPARTMENT_ID, r.departmentId());
        put(p, CallTopics.QUEUE, r.queue());
        p.put(CallTopics.STARTED_AT, r.startedAt().toEpochMilli());
        put(p, CallTopics.ANSWERED_AT, r.answeredAt() == null ? null : r.answeredAt().toEpochMilli());
        p.put(CallTopics.ENDED_AT, r.endedAt().toEpochMilli());
        p.put(CallTopics.DISPOSITION, r.disposition().name());
        p.put(CallTopics.RECORDED, r.recorded());
        p.put(CallTopics.END_INFERRED, r.endInferred());
        return new Event(CallTopics.ENDED, p);
    }

    static CallRecord record(Event e) {
        Instant started = Instant.ofEpochMilli((Long) e.getProperty(CallTopics.STARTED_AT));
        Long answeredMillis = (Long) e.getProperty(CallTopics.ANSWERED_AT);
        Instant answered = answeredMillis == null ? null : Instant.ofEpochMilli(answeredMillis);
        Instant ended = Instant.ofEpochMilli((Long) e.getProperty(CallTopics.ENDED_AT));
        return new CallRecord((String) e.getProperty(CallTopics.RECORD_ID), (String) e.getProperty(CallTopics.TENANT_ID),
                (String) e.getProperty(CallTopics.PBX_CALL_ID),
                CallDirection.valueOf((String) e.getProperty(CallTopics.DIRECTION)),
                (String) e.getProperty(CallTopics.FROM), (String) e.getProperty(CallTopics.TO),
                (String) e.getProperty(CallTopics.USER_ID), (String) e.getProperty(CallTopics.DEVICE_ID),
                (String) e.getProperty(CallTopics.DEPARTMENT_ID), (String) e.getProperty(CallTopics.QUEUE), started,
                answered, ended, CallDurations.seconds(started, ended), CallDurations.seconds(answered, ended),
                CallDisposition.valueOf((String) e.getProperty(CallTopics.DISPOSITION)),
                Boolean.TRUE.equals(e.getProperty(CallTopics.RECORDED)), null,
                Boolean.TRUE.equals(e.getProperty(CallTopics.END_INFERRED)));
    }

    static UserType userType(Event e) {
        Object value = e.getProperty(USER_TYPE);
        return value == null ? null : UserType.valueOf((String) value);
    }

    private static void put(Map<String, Object> properties, String key, Object value) {
        if (value != null) {
            properties.put(key, value);
        }
    }
}
