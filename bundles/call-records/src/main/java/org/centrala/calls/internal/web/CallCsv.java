package org.centrala.calls.internal.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.centrala.pbx.CallRecord;

/** Call records as CSV, written row by row as they are read (exports of any size in flat memory). */
final class CallCsv {
    static final String MEDIA_TYPE = "text/csv";
    private static final CsvMapper MAPPER = new CsvMapper();
    private static final CsvSchema SCHEMA = MAPPER.schemaFor(Row.class).withHeader();

    private CallCsv() {
    }

    @JsonPropertyOrder({"id", "tenantId", "pbxCallId", "direction", "from", "to", "userId", "deviceId", "queue",
            "startedAt", "answeredAt", "endedAt", "durationSeconds", "talkSeconds", "disposition", "recorded",
            "recordingId", "endInferred"})
    record Row(String id, String tenantId, String pbxCallId, String direction, String from, String to, String userId,
               String deviceId, String queue, String startedAt, String answeredAt, String endedAt,
               long durationSeconds, long talkSeconds, String disposition, boolean recorded, String recordingId,
               boolean endInferred) {

        static Row of(CallRecord r) {
            return new Row(r.id(), r.tenantId(), r.pbxCallId(), r.direction().name(), r.fromNumber(), r.toNumber(),
                    r.userId(), r.deviceId(), r.queue(), r.startedAt().toString(),
                    r.answeredAt() == null ? null : r.answeredAt().toString(), r.endedAt().toString(),
                    r.durationSeconds(), r.talkSeconds(), r.disposition().name(), r.recorded(), r.recordingId(),
                    r.endInferred());
        }
    }

    static void write(OutputStream out, Consumer<Consumer<CallRecord>> source) throws IOException {
        try (SequenceWriter writer = MAPPER.writer(SCHEMA).writeValues(out)) {
            source.accept(record -> {
                try {
                    writer.write(Row.of(record));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
