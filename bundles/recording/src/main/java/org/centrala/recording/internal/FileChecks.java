package org.centrala.recording.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks for the files of PENDING recordings where their PBX wrote them: found, a recording is
 * AVAILABLE (or UNREADABLE, or OUTSIDE_SPOOL); not yet found, it is looked for again with a
 * doubling pause, and it is MISSING once {@code fileWaitSeconds} passed since its call ended. Each
 * outcome is the recording's visible state, never a loop of errors; reading a recording that is
 * not AVAILABLE looks once more (a share mounted again).
 */
@Component(service = FileChecks.class, configurationPid = RecordingConfig.PID)
public class FileChecks {
    private static final Logger LOG = LoggerFactory.getLogger(FileChecks.class);
    private static final int BATCH = 200;
    private static final Duration LONGEST_PAUSE = Duration.ofMinutes(1);

    private final JdbcRecordings recordings;
    private final RecordingFiles files;
    private final RecordingSchema schema;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "centrala-recording-files");
        t.setDaemon(true);
        return t;
    });
    private volatile Duration fileWait;

    @Activate
    public FileChecks(@Reference RecordingSchema schema, @Reference RecordingFiles files, RecordingConfig config) {
        this.schema = schema;
        this.files = files;
        this.recordings = schema.recordings();
        modified(config);
        timer.scheduleWithFixedDelay(this::checkDue, 1, 1, TimeUnit.SECONDS);
    }

    @Modified
    void modified(RecordingConfig config) {
        fileWait = Duration.ofSeconds(Math.max(0, config.fileWaitSeconds()));
    }

    @Deactivate
    void deactivate() {
        timer.shutdown();
    }

    private void checkDue() {
        try {
            List<JdbcRecordings.FileRef> due = recordings.dueForCheck(schema.clock().instant(), BATCH);
            due.forEach(this::checkOrGiveUp);
        } catch (RuntimeException e) {
            // The database is away (being updated, restarting): the recordings wait, PENDING.
            LOG.debug("Recording files not looked at now: {}", e.toString());
        }
    }

    /** One recording whose file cannot even be looked at (a name no path can hold) is UNREADABLE, not in the way of the next. */
    private void checkOrGiveUp(JdbcRecordings.FileRef ref) {
        try {
            check(ref);
        } catch (IllegalArgumentException e) {
            LOG.info("Recording {} of tenant {} is UNREADABLE: {}", ref.id(), ref.tenantId(), e.toString());
            recordings.checked(ref.id(), FileFacts.not(RecordingState.UNREADABLE, "could not be looked at: " + e.getMessage()),
                    ref.attempts() + 1, null);
        }
    }

    /** Looks at one recording's file now and keeps what was found. @return what was found */
    FileFacts check(JdbcRecordings.FileRef ref) {
        RecordingFiles.Located located = files.locate(ref.pbxHost(), ref.pbxPort(), ref.pbxFile());
        FileFacts facts = files.check(located);
        Instant now = schema.clock().instant();
        int attempts = ref.attempts() + 1;
        if (facts.state() == RecordingState.MISSING && ref.state() == RecordingState.PENDING
                && now.isBefore(ref.stoppedAt().plus(fileWait))) {
            long pause = Math.min(LONGEST_PAUSE.toMillis(), 1000L << Math.min(attempts, 16));
            recordings.checked(ref.id(), FileFacts.not(RecordingState.PENDING, facts.detail()), attempts, now.plusMillis(pause));
            return FileFacts.not(RecordingState.PENDING, facts.detail());
        }
        if (facts.state() != RecordingState.AVAILABLE && facts.state() != ref.state()) {
            LOG.info("Recording {} of tenant {} is {}: {}", ref.id(), ref.tenantId(), facts.state(), facts.detail());
        }
        recordings.checked(ref.id(), facts, attempts, null);
        return facts;
    }

    /** The file of an AVAILABLE recording, looked at again if it was not (a share mounted again). */
    RecordingFiles.Located fileOf(JdbcRecordings.FileRef ref) {
        if (ref.state() != RecordingState.AVAILABLE) {
            check(ref);
        }
        return files.locate(ref.pbxHost(), ref.pbxPort(), ref.pbxFile());
    }
}
