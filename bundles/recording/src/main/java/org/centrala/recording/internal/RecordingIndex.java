package org.centrala.recording.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.centrala.pbx.CallRecord;
import org.centrala.pbx.CallRecording;
import org.centrala.pbx.EndedCall;
import org.centrala.pbx.EndedCallConsumer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Indexes the recordings of every ended call the PBX link hands over (issue 12): one row per file
 * the PBX wrote, with the call record's party, PENDING until {@link FileChecks} found the file.
 * A consumer of the link in a bundle of its own: while it is updated the link keeps the calls, so
 * no recording is lost; one handed over twice is indexed once (its id comes from its file).
 */
@Component(service = {EndedCallConsumer.class, RecordingIndex.class}, property = EndedCallConsumer.NAME + "=recording")
public class RecordingIndex implements EndedCallConsumer {
    private static final Logger LOG = LoggerFactory.getLogger(RecordingIndex.class);
    /** Asterisk closes a recording's file at the hang-up; the first look waits a moment for it. */
    static final Duration FIRST_LOOK = Duration.ofSeconds(1);

    private final JdbcRecordings recordings;
    private final RecordingSchema schema;
    private final RecordingFiles files;

    @Activate
    public RecordingIndex(@Reference RecordingSchema schema, @Reference RecordingFiles files) {
        this.schema = schema;
        this.files = files;
        this.recordings = schema.recordings();
    }

    @Override
    public void accept(EndedCall call) {
        CallRecord record = call.record();
        for (CallRecording recording : call.recordings()) {
            boolean added = recordings.insert(new JdbcRecordings.NewRecording(recording.id(record.tenantId(), call.linkId()),
                    record.tenantId(), record.id(), record.pbxCallId(), call.linkId(), call.pbxHost(), call.pbxPort(),
                    recording.channel(), fileOf(call, recording), record.userId(), call.userType() == null ? null : call.userType().name(),
                    record.departmentId(), record.queue(), recording.startedAt(), stopped(recording), pauses(recording),
                    schema.clock().instant().plus(FIRST_LOOK)));
            if (!added) {
                LOG.debug("Recording {} of call {} was indexed already", recording.file(), record.pbxCallId());
            }
        }
    }

    /**
     * The file as the PBX named it; when the link could not read its name (no {@code dialplan} class
     * for its AMI user), the name Centrala gives its own recordings, under that PBX's monitor folder.
     */
    private String fileOf(EndedCall call, CallRecording recording) {
        if (recording.file() != null) {
            return recording.file();
        }
        String own = CentralaFileNames.of(call.record().tenantId(), recording.uniqueId());
        return files.folderOf(call.pbxHost(), call.pbxPort()).map(folder -> folder.onPbx(own))
                .orElse(SpoolFolder.ASTERISK_DEFAULT + "/" + own);
    }

    private static Instant stopped(CallRecording recording) {
        return recording.stoppedAt() == null || recording.stoppedAt().isBefore(recording.startedAt()) ? recording.startedAt()
                : recording.stoppedAt();
    }

    /** The pauses as offsets into the file, which starts when the recording did. */
    static List<Recording.Pause> pauses(CallRecording recording) {
        long start = recording.startedAt().toEpochMilli();
        java.util.Map<Long, Recording.Pause> byStart = new java.util.LinkedHashMap<>();
        for (CallRecording.Pause p : recording.pauses()) {
            // One pause per start: the table's key, and two with one start are one stretch.
            byStart.putIfAbsent(Math.max(0, p.from().toEpochMilli() - start), new Recording.Pause(
                    Math.max(0, p.from().toEpochMilli() - start), p.to() == null ? null : Math.max(0, p.to().toEpochMilli() - start)));
        }
        return List.copyOf(byStart.values());
    }
}
