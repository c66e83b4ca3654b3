package org.centrala.pbx.internal.records;

import java.util.HashMap;
import java.util.Map;

import org.centrala.directory.UserType;
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

    private static void put(Map<String, Object> properties, String key, Object value) {
        if (value != null) {
            properties.put(key, value);
        }
    }
}
