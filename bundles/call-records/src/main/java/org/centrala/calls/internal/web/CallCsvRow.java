package org.centrala.calls.internal.web;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.centrala.pbx.CallRecord;

/** A call record as a row of the calls' CSV export (written by CsvExport, row by row as records are read). */
@JsonPropertyOrder({"id", "tenantId", "pbxCallId", "direction", "from", "to", "userId", "deviceId", "queue",
        "startedAt", "answeredAt", "endedAt", "durationSeconds", "talkSeconds", "disposition", "recorded",
        "recordingId", "endInferred", "pbxApplication", "recovered"})
record CallCsvRow(String id, String tenantId, String pbxCallId, String direction, String from, String to, String userId,
                  String deviceId, String queue, String startedAt, String answeredAt, String endedAt,
                  long durationSeconds, long talkSeconds, String disposition, boolean recorded, String recordingId,
                  boolean endInferred, String pbxApplication, boolean recovered) {

    static CallCsvRow of(CallRecord r) {
        return new CallCsvRow(r.id(), r.tenantId(), r.pbxCallId(), r.direction().name(), r.fromNumber(), r.toNumber(),
                r.userId(), r.deviceId(), r.queue(), r.startedAt().toString(),
                r.answeredAt() == null ? null : r.answeredAt().toString(), r.endedAt().toString(),
                r.durationSeconds(), r.talkSeconds(), r.disposition().name(), r.recorded(), r.recordingId(),
                r.endInferred(), r.pbxApplication(), r.recovered());
    }
}
