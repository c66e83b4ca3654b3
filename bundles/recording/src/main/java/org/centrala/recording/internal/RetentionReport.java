package org.centrala.recording.internal;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What retention deletes (a dry run: would delete) of a tenant's recordings: those started before
 * {@code cutoff}, i.e. older than {@code retentionDays}. {@code failed} are those whose file could
 * not be deleted; they stay, and are tried again at the next run.
 */
public record RetentionReport(String tenantId, boolean dryRun, int retentionDays, Instant cutoff,
                              @Schema(description = "how many recordings (deleted, or that a run now would delete)") int count,
                              long bytes, List<Recording> recordings, List<Failure> failed) {

    public RetentionReport {
        recordings = List.copyOf(recordings);
        failed = List.copyOf(failed);
    }

    /** A recording whose file could not be deleted, and why. */
    @Schema(name = "RetentionFailure")
    public record Failure(String recordingId, String reason) {
    }
}
