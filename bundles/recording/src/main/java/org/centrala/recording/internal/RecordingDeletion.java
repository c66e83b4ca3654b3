package org.centrala.recording.internal;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.centrala.audit.AuditEvent;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Deletes a recording: its file first (a file that cannot be deleted keeps its recording, so
 * nothing is left that no one knows of), then its row, audited with why (R9).
 */
@Component(service = RecordingDeletion.class)
public class RecordingDeletion {
    private final RecordingSchema schema;
    private final RecordingFiles files;
    private final JdbcRecordings recordings;

    @Activate
    public RecordingDeletion(@Reference RecordingSchema schema, @Reference RecordingFiles files) {
        this.schema = schema;
        this.files = files;
        this.recordings = schema.recordings();
    }

    /** @throws IOException when the file is there and could not be deleted; the recording is kept */
    void delete(Recording recording, String reason) throws IOException {
        JdbcRecordings.FileRef ref;
        try {
            ref = recordings.fileOf(recording.id());
        } catch (org.centrala.common.NotFoundException e) {
            return; // deleted meanwhile (retention and an administrator at once): nothing left to do
        }
        RecordingFiles.Located located = files.locate(ref.pbxHost(), ref.pbxPort(), ref.pbxFile());
        boolean fileDeleted = files.delete(located);
        schema.database().inTransaction(() -> {
            if (recordings.delete(recording.id()) == 0) {
                return null; // the other deletion wrote its audit entry
            }
            Map<String, Object> details = new HashMap<>();
            details.put("reason", reason);
            details.put("callId", recording.callId());
            details.put("startedAt", recording.startedAt().toString());
            details.put("fileDeleted", fileDeleted);
            if (recording.sizeBytes() != null) {
                details.put("sizeBytes", recording.sizeBytes());
            }
            schema.audit().record(AuditEvent.ofTenant(recording.tenantId(), "recording.deleted", "recording:" + recording.id())
                    .about(recording.userId()).with(details));
            return null;
        });
    }
}
