package org.centrala.recording.internal;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retention (issue 12): every {@code retentionEveryMinutes} the recordings of each tenant that are
 * older than its retention are deleted, file and row, each deletion in the audit log. The same
 * selection is reported without deleting anything (the dry run) for administrators to check first.
 */
@Component(service = Retention.class, configurationPid = RecordingConfig.PID)
public class Retention {
    private static final Logger LOG = LoggerFactory.getLogger(Retention.class);
    /** Recordings looked at per batch; a run goes on batch after batch. */
    private static final int BATCH = 500;
    /** A report lists at most this many recordings (count and bytes cover them all). */
    private static final int LISTED = 1000;

    private final RecordingSchema schema;
    private final RecordingSettingsService settings;
    private final RecordingDeletion deletion;
    private final JdbcRecordings recordings;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "centrala-recording-retention");
        t.setDaemon(true);
        return t;
    });
    private ScheduledFuture<?> runs;

    @Activate
    public Retention(@Reference RecordingSchema schema, @Reference RecordingSettingsService settings,
                     @Reference RecordingDeletion deletion, RecordingConfig config) {
        this.schema = schema;
        this.settings = settings;
        this.deletion = deletion;
        this.recordings = schema.recordings();
        modified(config);
    }

    @Modified
    synchronized void modified(RecordingConfig config) {
        if (runs != null) {
            runs.cancel(false);
        }
        long every = Math.max(1, config.retentionEveryMinutes());
        runs = timer.scheduleWithFixedDelay(this::runAll, 1, every, TimeUnit.MINUTES);
    }

    @Deactivate
    void deactivate() {
        timer.shutdown();
    }

    /** What a run now would delete of the tenant's recordings; nothing is deleted. */
    public RetentionReport dryRun(String tenantId) {
        RecordingSettings tenant = settings.get(tenantId);
        Instant cutoff = cutoff(tenant);
        long[] totals = recordings.totalsBefore(tenantId, cutoff);
        return new RetentionReport(tenantId, true, tenant.retentionDays(), cutoff, (int) totals[0], totals[1],
                recordings.startedBefore(tenantId, cutoff, LISTED), List.of());
    }

    /** Deletes the tenant's expired recordings now; @return what was deleted, and what could not be */
    public RetentionReport run(String tenantId) {
        RecordingSettings tenant = settings.get(tenantId);
        Instant cutoff = cutoff(tenant);
        List<Recording> deleted = new ArrayList<>();
        List<RetentionReport.Failure> failed = new ArrayList<>();
        int count = 0;
        long bytes = 0;
        while (true) {
            List<Recording> batch = recordings.startedBefore(tenantId, cutoff, BATCH + failed.size());
            List<Recording> todo = batch.stream().filter(r -> failed.stream().noneMatch(f -> f.recordingId().equals(r.id()))).toList();
            if (todo.isEmpty()) {
                break;
            }
            for (Recording recording : todo) {
                try {
                    deletion.delete(recording, "retention (" + tenant.retentionDays() + " days)");
                    count++;
                    bytes += recording.sizeBytes() == null ? 0 : recording.sizeBytes();
                    if (deleted.size() < LISTED) {
                        deleted.add(recording);
                    }
                } catch (IOException e) {
                    failed.add(new RetentionReport.Failure(recording.id(), e.toString()));
                }
            }
        }
        if (!failed.isEmpty()) {
            // Said once per run and tenant; the recordings stay and are tried again at the next run.
            LOG.info("Retention of tenant {}: {} expired recordings' files could not be deleted (first: {})", tenantId,
                    failed.size(), failed.get(0).reason());
        }
        if (count > 0) {
            LOG.info("Retention of tenant {}: {} recordings older than {} days deleted ({} bytes)", tenantId, count,
                    tenant.retentionDays(), bytes);
        }
        return new RetentionReport(tenantId, false, tenant.retentionDays(), cutoff, count, bytes, deleted, failed);
    }

    private Instant cutoff(RecordingSettings tenant) {
        return schema.clock().instant().minus(Duration.ofDays(tenant.retentionDays()));
    }

    private void runAll() {
        List<String> tenants;
        try {
            tenants = recordings.tenantsWithRecordings();
        } catch (RuntimeException e) {
            LOG.debug("Retention not run now: {}", e.toString());
            return;
        }
        for (String tenantId : tenants) {
            try {
                run(tenantId);
            } catch (RuntimeException e) {
                // The database or the audit log is away; the next run does what this one could not.
                LOG.debug("Retention of tenant {} not run now: {}", tenantId, e.toString());
            }
        }
    }
}
