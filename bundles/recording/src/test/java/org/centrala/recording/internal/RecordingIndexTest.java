package org.centrala.recording.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.centrala.audit.internal.JdbcAuditLog;
import org.centrala.common.ConflictException;
import org.centrala.common.NotFoundException;
import org.centrala.common.PageRequest;
import org.centrala.directory.UserType;
import org.centrala.pbx.CallDirection;
import org.centrala.pbx.CallDisposition;
import org.centrala.pbx.CallRecord;
import org.centrala.pbx.CallRecording;
import org.centrala.pbx.EndedCall;
import org.centrala.persistence.Database;
import org.centrala.persistence.internal.JdbcDatabase;
import org.centrala.persistence.internal.ThreadActorContext;
import org.centrala.recording.RecordingPolicy;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Issue 12 on real Derby and real files: the recordings of an ended call are indexed once, found
 * where their PBX wrote them through the spool folder of that PBX, read as audio; a file that is
 * not there is PENDING, then MISSING, a visible state; readers see what they see of call records
 * (R6, R18); retention deletes file and row, audited, after a dry run that deletes nothing.
 */
public class RecordingIndexTest {
    private static final String TENANT = "tenant-1";
    private static final String PBX_FOLDER = "/var/spool/asterisk/monitor";
    @Rule
    public TemporaryFolder folder = new TemporaryFolder();
    private final Instant now = Instant.parse("2026-12-07T10:00:00Z");
    private Database db;
    private RecordingIndex index;
    private FileChecks checks;
    private RecordingStore store;
    private Retention retention;
    private RecordingSettingsService settings;
    private Path spool;

    @Before
    public void start() throws IOException {
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName("memory:recording-" + UUID.randomUUID());
        dataSource.setCreateDatabase("create");
        db = new JdbcDatabase(dataSource);
        db.update("CREATE TABLE tenant (id CHAR(36) NOT NULL PRIMARY KEY)");
        db.update("INSERT INTO tenant (id) VALUES (?)", TENANT);
        RecordingSchema schema = new RecordingSchema(db, new JdbcAuditLog(db, new ThreadActorContext()),
                Clock.fixed(now, ZoneOffset.UTC));
        spool = folder.newFolder("monitor").toPath();
        RecordingFiles files = new RecordingFiles();
        files.bindFolder(new SpoolFolder("127.0.0.1", 5038, Path.of(PBX_FOLDER), spool));
        Config config = new Config(RecordingPolicy.NONE, 30, 600);
        index = new RecordingIndex(schema, files);
        checks = new FileChecks(schema, files, config);
        checks.deactivate(); // the test looks at files itself, at its own times
        RecordingDeletion deletion = new RecordingDeletion(schema, files);
        store = new RecordingStore(schema, checks, deletion, files);
        settings = new RecordingSettingsService(schema, config);
        retention = new Retention(schema, settings, deletion, config);
        retention.deactivate();
    }

    @Test
    public void aRecordedCallsFileIsFoundThroughItsPbxsSpoolFolderAndReadAsAudioWithItsPauses() throws IOException {
        Path wav = wav(spool.resolve("centrala/tenant-1/2026-12-07/1.wav"), 3_000);
        Instant started = now.minusSeconds(60);
        CallRecording recording = new CallRecording("PJSIP/trunk-0001", "1796625964.1", PBX_FOLDER + "/centrala/tenant-1/2026-12-07/1.wav",
                started, started.plusSeconds(30), List.of(new CallRecording.Pause(started.plusSeconds(10),
                started.plusSeconds(15))));
        EndedCall call = call("1700000000.1", "user-a", UserType.CONTACT_CENTRE, "dept-a", recording);
        index.accept(call);
        index.accept(call); // handed over twice: indexed once

        List<Recording> all = store.find(RecordingQuery.ofTenant(TENANT), PageRequest.first(10)).items();
        assertThat(all).hasSize(1);
        Recording pending = all.get(0);
        assertThat(pending.state()).isEqualTo(RecordingState.PENDING);
        assertThat(pending.id()).as("the id the call record names").isEqualTo(call.record().recordingId());
        assertThat(pending.callId()).isEqualTo(call.record().id());
        assertThat(pending.pauses()).containsExactly(new Recording.Pause(10_000, 15_000L));

        checks.check(refOf(pending.id()));
        Recording available = store.get(RecordingQuery.ofTenant(TENANT), pending.id());
        assertThat(available.state()).isEqualTo(RecordingState.AVAILABLE);
        assertThat(available.durationMillis()).isEqualTo(3_000L);
        assertThat(available.sizeBytes()).isEqualTo(Files.size(wav));
        assertThat(available.audioFormat()).contains("8000.0 Hz").contains("16 bit").contains("mono");
        assertThat(store.audio(RecordingQuery.ofTenant(TENANT), pending.id())).isEqualTo(wav.toRealPath());
    }

    @Test
    public void aFileNotThereIsPendingWhileItMayStillComeThenMissingAndFoundAgainWhenRead() throws IOException {
        Instant started = now.minusSeconds(30);
        CallRecording late = new CallRecording("PJSIP/a-1", "1796625964.2", PBX_FOLDER + "/late.wav", started, started.plusSeconds(20), List.of());
        index.accept(call("1700000000.2", "user-a", UserType.CONTACT_CENTRE, "dept-a", late));
        String id = late.id(TENANT, "centrala@127.0.0.1:5038");

        assertThat(checks.check(refOf(id)).state()).as("600 s to appear").isEqualTo(RecordingState.PENDING);
        checks.modified(new Config(RecordingPolicy.NONE, 30, 0));
        assertThat(checks.check(refOf(id)).state()).isEqualTo(RecordingState.MISSING);
        Recording missing = store.get(RecordingQuery.ofTenant(TENANT), id);
        assertThat(missing.stateDetail()).contains(spool.resolve("late.wav").toString());
        assertThatThrownBy(() -> store.audio(RecordingQuery.ofTenant(TENANT), id)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("MISSING");

        wav(spool.resolve("late.wav"), 500); // the share is mounted again
        assertThat(store.audio(RecordingQuery.ofTenant(TENANT), id)).isEqualTo(spool.resolve("late.wav").toRealPath());
        assertThat(store.get(RecordingQuery.ofTenant(TENANT), id).state()).isEqualTo(RecordingState.AVAILABLE);
    }

    @Test
    public void aFileOutsideTheSpoolFolderOrNotAudioIsNeverServed() throws IOException {
        Instant started = now.minusSeconds(30);
        CallRecording outside = new CallRecording("PJSIP/a-1", "1796625964.3", "/etc/passwd", started, started, List.of());
        CallRecording escaping = new CallRecording("PJSIP/a-2", "1796625964.4", PBX_FOLDER + "/../../../etc/passwd", started, started, List.of());
        Files.writeString(spool.resolve("notes.wav"), "not audio");
        CallRecording text = new CallRecording("PJSIP/a-3", "1796625964.5", PBX_FOLDER + "/notes.wav", started, started, List.of());
        index.accept(call("1700000000.3", "user-a", UserType.CONTACT_CENTRE, "dept-a", outside));
        index.accept(call("1700000000.4", "user-a", UserType.CONTACT_CENTRE, "dept-a", escaping));
        index.accept(call("1700000000.5", "user-a", UserType.CONTACT_CENTRE, "dept-a", text));

        assertThat(checks.check(refOf(outside.id(TENANT, "centrala@127.0.0.1:5038"))).state()).isEqualTo(RecordingState.OUTSIDE_SPOOL);
        assertThat(checks.check(refOf(escaping.id(TENANT, "centrala@127.0.0.1:5038"))).state()).isEqualTo(RecordingState.OUTSIDE_SPOOL);
        assertThat(checks.check(refOf(text.id(TENANT, "centrala@127.0.0.1:5038"))).state()).isEqualTo(RecordingState.UNREADABLE);
    }

    @Test
    public void aSupervisorSeesItsDepartmentsContactCentreRecordingsOnlyAndAnotherTenantNone() throws IOException {
        Instant started = now.minusSeconds(30);
        CallRecording agentA = new CallRecording("c1", "1796625964.6", PBX_FOLDER + "/a.wav", started, started, List.of());
        CallRecording agentB = new CallRecording("c2", "1796625964.7", PBX_FOLDER + "/b.wav", started, started, List.of());
        CallRecording backOffice = new CallRecording("c3", "1796625964.8", PBX_FOLDER + "/c.wav", started, started, List.of());
        index.accept(call("1.1", "user-a", UserType.CONTACT_CENTRE, "dept-a", agentA));
        index.accept(call("1.2", "user-b", UserType.CONTACT_CENTRE, "dept-b", agentB));
        index.accept(call("1.3", "user-c", UserType.BACK_OFFICE, "dept-a", backOffice));

        RecordingQuery supervisorOfA = new RecordingQuery(TENANT, null, null, null, null, Set.of("dept-a"), true);
        assertThat(store.find(supervisorOfA, PageRequest.first(10)).items()).extracting(Recording::userId).containsExactly("user-a");
        assertThatThrownBy(() -> store.get(supervisorOfA, backOffice.id(TENANT, "centrala@127.0.0.1:5038")))
                .as("R6: a back-office user's recording is for administrators").isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> store.get(supervisorOfA, agentB.id(TENANT, "centrala@127.0.0.1:5038")))
                .as("R18").isInstanceOf(NotFoundException.class);
        RecordingQuery administrator = RecordingQuery.ofTenant(TENANT);
        assertThat(store.find(administrator, PageRequest.first(10)).total()).isEqualTo(3);
        assertThatThrownBy(() -> store.find(RecordingQuery.ofTenant("tenant-2"), PageRequest.first(10)))
                .as("R1: an unknown tenant is a 404").isInstanceOf(NotFoundException.class);
    }

    @Test
    public void retentionReportsFirstThenDeletesExpiredFilesAndRowsEachAudited() throws IOException {
        settings.set(TENANT, new RecordingSettingsDraft(RecordingPolicy.QUEUE_CALLS, 7));
        Path old = wav(spool.resolve("old.wav"), 1_000);
        Path recent = wav(spool.resolve("recent.wav"), 1_000);
        Instant eightDaysAgo = now.minus(Duration.ofDays(8));
        CallRecording expired = new CallRecording("c1", "1796625964.9", PBX_FOLDER + "/old.wav", eightDaysAgo, eightDaysAgo.plusSeconds(1), List.of());
        CallRecording kept = new CallRecording("c2", "1796625964.10", PBX_FOLDER + "/recent.wav", now.minusSeconds(60), now.minusSeconds(59), List.of());
        index.accept(call("2.1", "user-a", UserType.CONTACT_CENTRE, "dept-a", expired));
        index.accept(call("2.2", "user-a", UserType.CONTACT_CENTRE, "dept-a", kept));
        checks.check(refOf(expired.id(TENANT, "centrala@127.0.0.1:5038")));

        RetentionReport dryRun = retention.dryRun(TENANT);
        assertThat(dryRun.dryRun()).isTrue();
        assertThat(dryRun.retentionDays()).isEqualTo(7);
        assertThat(dryRun.count()).isEqualTo(1);
        assertThat(dryRun.bytes()).isEqualTo(Files.size(old));
        assertThat(dryRun.recordings()).extracting(Recording::pbxFile).containsExactly(PBX_FOLDER + "/old.wav");
        assertThat(old).as("a dry run deletes nothing").exists();

        RetentionReport run = retention.run(TENANT);
        assertThat(run.count()).isEqualTo(1);
        assertThat(run.failed()).isEmpty();
        assertThat(old).doesNotExist();
        assertThat(recent).exists();
        assertThat(store.find(RecordingQuery.ofTenant(TENANT), PageRequest.first(10)).items()).extracting(Recording::pbxFile)
                .containsExactly(PBX_FOLDER + "/recent.wav");
        assertThat(db.count("SELECT COUNT(*) FROM audit_entry WHERE tenant_id = ? AND action = 'recording.deleted' AND target = ?",
                TENANT, "recording:" + expired.id(TENANT, "centrala@127.0.0.1:5038"))).isEqualTo(1);
        assertThat(retention.run(TENANT).count()).as("nothing left to delete").isZero();
    }

    @Test
    public void theRoutingRecordsQueueCallsByTheQueuesPolicyAndOtherCallsByEitherUsersOwnElseTheTenants() {
        settings.set(TENANT, new RecordingSettingsDraft(RecordingPolicy.QUEUE_CALLS, 30));
        org.centrala.recording.RoutedCall toUser = new org.centrala.recording.RoutedCall("user-a", null, null, "1796625964.5");
        org.centrala.recording.RoutedCall intoQueue = new org.centrala.recording.RoutedCall(null, null, "queue-1", "pbx1-1796625964.6");
        assertThat(settings.recordFromTheStart(TENANT, toUser)).isEmpty();
        assertThat(settings.recordFromTheStart(TENANT, intoQueue)).as("the day of the unique id, after the system name")
                .contains("centrala/tenant-1/2026-12-07/pbx1-1796625964.6.wav");

        db.update("INSERT INTO recording_policy (tenant_id, target_kind, target_id, policy, updated_at) VALUES (?, 'USER', ?,"
                + " 'ALL', ?)", TENANT, "user-b", now);
        org.centrala.recording.RoutedCall fromB = new org.centrala.recording.RoutedCall("user-a", "user-b", null, "1796625964.7");
        assertThat(settings.recordFromTheStart(TENANT, fromB)).as("the caller's own policy is ALL").isPresent();
        org.centrala.recording.RoutedCall odd = new org.centrala.recording.RoutedCall("user-a", null, null, "${SHELL(rm -rf /)}");
        assertThat(settings.recordFromTheStart(TENANT, odd)).isEmpty();
        assertThat(settings.fileFor(TENANT, "${SHELL(rm -rf /)}")).as("nothing the dialplan would expand")
                .matches("centrala/tenant-1/undated/[A-Za-z0-9._-]+\\.wav").doesNotContain("$", "{", "(", " ", "/rm");
    }

    @Test
    public void aRecordingWhoseFileThePbxDidNotNameIsLookedForUnderCentralasOwnName() throws IOException {
        Path wav = wav(spool.resolve("centrala/tenant-1/2026-12-07/1796625964.42.wav"), 200);
        Instant started = now.minusSeconds(30);
        CallRecording unnamed = new CallRecording("PJSIP/a-9", "1796625964.42", null, started, started.plusSeconds(1), List.of());
        index.accept(call("3.1", "user-a", UserType.CONTACT_CENTRE, "dept-a", unnamed));
        String id = unnamed.id(TENANT, "centrala@127.0.0.1:5038");

        assertThat(store.get(RecordingQuery.ofTenant(TENANT), id).pbxFile())
                .isEqualTo(PBX_FOLDER + "/centrala/tenant-1/2026-12-07/1796625964.42.wav");
        assertThat(checks.check(refOf(id)).state()).isEqualTo(RecordingState.AVAILABLE);
        assertThat(store.audio(RecordingQuery.ofTenant(TENANT), id)).isEqualTo(wav.toRealPath());
    }

    @Test
    public void aFileSwappedForALinkOutOfTheSpoolIsNeitherServedNorFollowedWhenDeleted() throws IOException {
        Path secret = Files.writeString(folder.newFile("secret.txt").toPath(), "not for supervisors");
        Path wav = wav(spool.resolve("swapped.wav"), 200);
        Instant started = now.minusSeconds(30);
        CallRecording swapped = new CallRecording("c9", "1796625964.77", PBX_FOLDER + "/swapped.wav", started, started, List.of());
        index.accept(call("4.1", "user-a", UserType.CONTACT_CENTRE, "dept-a", swapped));
        String id = swapped.id(TENANT, "centrala@127.0.0.1:5038");
        checks.check(refOf(id));
        assertThat(store.audio(RecordingQuery.ofTenant(TENANT), id)).isEqualTo(wav.toRealPath());

        Files.delete(wav);
        Files.createSymbolicLink(wav, secret); // someone with write access to the share swaps it
        assertThatThrownBy(() -> store.audio(RecordingQuery.ofTenant(TENANT), id)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("spool folder");
        store.delete(RecordingQuery.ofTenant(TENANT), id);
        assertThat(wav).as("the link itself goes").doesNotExist();
        assertThat(secret).as("not what it led to").exists();
    }

    private JdbcRecordings.FileRef refOf(String id) {
        return new JdbcRecordings(db).fileOf(id);
    }

    private static EndedCall call(String pbxCallId, String userId, UserType type, String department, CallRecording recording) {
        String linkId = "centrala@127.0.0.1:5038";
        Instant at = recording.startedAt();
        CallRecord record = new CallRecord("record-" + pbxCallId, TENANT, pbxCallId, CallDirection.INBOUND, "+38164111222",
                "600", userId, "device-1", department, "orders", at, at, at.plusSeconds(30), 30, 30, CallDisposition.ANSWERED,
                true, recording.id(TENANT, linkId), false);
        return new EndedCall(linkId, "127.0.0.1", 5038, record, type, List.of(recording));
    }

    /** 8 kHz 16-bit mono PCM, as Asterisk's .wav, of so many milliseconds. */
    static Path wav(Path file, int millis) throws IOException {
        Files.createDirectories(file.getParent());
        int samples = millis * 8;
        ByteBuffer data = ByteBuffer.allocate(44 + samples * 2).order(ByteOrder.LITTLE_ENDIAN);
        data.put("RIFF".getBytes()).putInt(36 + samples * 2).put("WAVEfmt ".getBytes()).putInt(16).putShort((short) 1)
                .putShort((short) 1).putInt(8000).putInt(16000).putShort((short) 2).putShort((short) 16).put("data".getBytes())
                .putInt(samples * 2);
        return Files.write(file, data.array());
    }
}
