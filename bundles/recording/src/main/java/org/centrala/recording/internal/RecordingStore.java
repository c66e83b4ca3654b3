package org.centrala.recording.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.centrala.common.ConflictException;
import org.centrala.common.Page;
import org.centrala.common.PageRequest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The recordings as their readers see them (R6, R18): lists, one, its audio file, a tenant's storage, a deletion. */
@Component(service = RecordingStore.class)
public class RecordingStore {
    private final RecordingSchema schema;
    private final JdbcRecordings recordings;
    private final FileChecks checks;
    private final RecordingDeletion deletion;
    private final RecordingFiles files;

    @Activate
    public RecordingStore(@Reference RecordingSchema schema, @Reference FileChecks checks, @Reference RecordingDeletion deletion,
                          @Reference RecordingFiles files) {
        this.schema = schema;
        this.files = files;
        this.recordings = schema.recordings();
        this.checks = checks;
        this.deletion = deletion;
    }

    public Page<Recording> find(RecordingQuery query, PageRequest request) {
        schema.requireTenant(query.tenantId());
        return recordings.find(query, request);
    }

    public Recording get(RecordingQuery scope, String id) {
        schema.requireTenant(scope.tenantId());
        return recordings.get(scope, id);
    }

    /**
     * The audio file of a recording the scope lets its reader see, looked at again unless it was
     * AVAILABLE; a recording without one is a 409 that says why (its state is its metadata's).
     */
    public Path audio(RecordingQuery scope, String id) {
        Recording recording = get(scope, id);
        JdbcRecordings.FileRef ref = recordings.fileOf(recording.id());
        RecordingFiles.Located located = checks.fileOf(ref);
        Recording now = recordings.get(scope, id);
        if (now.state() != RecordingState.AVAILABLE || located.file() == null) {
            throw new ConflictException("the recording has no audio to play: it is " + now.state()
                    + (now.stateDetail() == null ? "" : " (" + now.stateDetail() + ")"));
        }
        return files.confined(located).orElseThrow(() -> new ConflictException("the recording has no audio to play: its file"
                + " is no longer inside the spool folder"));
    }

    public Storage storage(String tenantId) {
        schema.requireTenant(tenantId);
        return recordings.storage(tenantId);
    }

    /** An administrator deletes a recording before its time (audited); 409 when its file cannot be deleted. */
    public void delete(RecordingQuery scope, String id) {
        Recording recording = get(scope, id);
        try {
            deletion.delete(recording, "deleted by an administrator");
        } catch (IOException e) {
            throw new ConflictException("the recording's file could not be deleted, so the recording is kept: " + e.getMessage());
        }
    }
}
