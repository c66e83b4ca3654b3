package org.centrala.queues.internal.agents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.centrala.audit.internal.JdbcAuditLog;
import org.centrala.pbx.QueueTopics;
import org.centrala.persistence.Database;
import org.centrala.persistence.internal.JdbcDatabase;
import org.centrala.persistence.internal.ThreadActorContext;
import org.centrala.queues.AgentState;
import org.centrala.queues.internal.QueuesSchema;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.osgi.service.event.Event;

/**
 * Issue 11, item 3: an agent's state from the PBX's queue events, on real Derby. The events of one
 * call and of one device come in order, not across them: a report older than what the phone's state
 * came from changes nothing, and a queue call's end starts the queue's wrap-up.
 */
public class AgentStateTrackerTest {
    private static final String IFACE = "PJSIP/sip-agent";
    private static final String QUEUE = "ctx-support";

    private final MovableClock clock = new MovableClock(Instant.parse("2027-03-10T12:00:00Z"));
    private Database db;
    private AgentLedger ledger;
    private AgentStateTracker tracker;
    private String user;

    @Before
    public void start() {
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName("memory:queues-" + UUID.randomUUID());
        dataSource.setCreateDatabase("create");
        db = new JdbcDatabase(dataSource);
        QueuesSchema schema = new QueuesSchema(db, new JdbcAuditLog(db, new ThreadActorContext()), clock);
        ledger = new AgentLedger(schema);
        tracker = new AgentStateTracker(ledger);
        user = UUID.randomUUID().toString();
        String queue = UUID.randomUUID().toString();
        db.update("INSERT INTO queue (id, tenant_id, department_id, name, name_key, pbx_name, strategy, service_level_seconds,"
                + " wrap_up_seconds, created_at, updated_at) VALUES (?, ?, ?, 'Support', 'support', ?, 'RINGALL', 20, 30, ?, ?)",
                queue, "tenant-1", "dept-1", QUEUE, clock.instant(), clock.instant());
        AgentRow row = new AgentRow(user, "tenant-1", "dept-1", IFACE, false, null, clock.instant(), PhoneState.IDLE, null, null,
                AgentState.LOGGED_OUT, clock.instant(), clock.instant());
        ledger.save("tenant-1", user, "dept-1", row, Map.of(queue, QUEUE), "LOG_IN", null);
    }

    @After
    public void stop() {
        tracker.deactivate();
    }

    @Test
    public void aQueueCallRingsConnectsAndEndsInTheQueuesWrapUp() {
        Instant t0 = clock.instant().plusSeconds(1);
        apply(QueueTopics.AGENT_CALLED, t0.plusMillis(10), Map.of());
        assertThat(state()).isEqualTo(AgentState.RINGING);
        apply(QueueTopics.AGENT_CONNECT, t0.plusMillis(20), Map.of());
        assertThat(state()).isEqualTo(AgentState.ON_CALL);
        // The device's own report of ringing, older than the connect, arrives late from its lane.
        apply(QueueTopics.MEMBER_STATUS, t0.plusMillis(15), Map.of(QueueTopics.STATUS, 6));
        assertThat(state()).as("an older report changes nothing").isEqualTo(AgentState.ON_CALL);
        apply(QueueTopics.AGENT_COMPLETE, t0.plusMillis(30), Map.of());
        assertThat(state()).isEqualTo(AgentState.WRAP_UP);
        assertThat(ledger.row(user).orElseThrow().wrapUpUntil()).as("the queue's 30 s").isEqualTo(t0.plusMillis(30).plusSeconds(30));
        apply(QueueTopics.MEMBER_STATUS, t0.plusMillis(40), Map.of(QueueTopics.STATUS, 1));
        assertThat(state()).as("the phone is idle, the agent still wraps up").isEqualTo(AgentState.WRAP_UP);
        assertThat(causes()).containsExactly("LOG_IN", "AgentCalled", "AgentConnect", "AgentComplete");
    }

    @Test
    public void aPauseOnThePbxIsTakenUnlessCentralaChangedThePauseSince() {
        Instant t0 = clock.instant().plusSeconds(1);
        apply(QueueTopics.MEMBER_PAUSE, t0.plusMillis(10), Map.of(QueueTopics.PAUSED, true, QueueTopics.REASON, "Lunch"));
        AgentRow paused = ledger.row(user).orElseThrow();
        assertThat(paused.state()).isEqualTo(AgentState.PAUSED);
        assertThat(paused.pauseReason()).isEqualTo("Lunch");
        // A report from before that pause (its lane was behind) does not undo it.
        apply(QueueTopics.MEMBER_PAUSE, t0.plusMillis(5), Map.of(QueueTopics.PAUSED, false));
        assertThat(state()).isEqualTo(AgentState.PAUSED);
        // Ringing comes first: a paused agent takes a direct call.
        apply(QueueTopics.MEMBER_STATUS, t0.plusMillis(20), Map.of(QueueTopics.STATUS, 2));
        assertThat(state()).isEqualTo(AgentState.ON_CALL);
        apply(QueueTopics.MEMBER_STATUS, t0.plusMillis(30), Map.of(QueueTopics.STATUS, 1));
        assertThat(state()).isEqualTo(AgentState.PAUSED);
        assertThat(db.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'agent.paused'")).isEqualTo(1);
    }

    @Test
    public void removedFromItsLastQueueOnThePbxTheAgentIsLoggedOut() {
        apply(QueueTopics.MEMBER_REMOVED, clock.instant(), Map.of());
        assertThat(ledger.row(user)).isEmpty();
        assertThat(causes()).containsExactly("LOG_IN", "QueueMemberRemoved");
        assertThat(db.count("SELECT COUNT(*) FROM agent_queue WHERE user_id = ?", user)).isZero();
    }

    /** After a reconnect, QueueStatus no longer lists the agent in its queue: it was removed while the link was away. */
    @Test
    public void aMemberTheSnapshotNoLongerListsIsLoggedOut() {
        Instant asked = clock.instant().plusSeconds(1);
        tracker.apply(snapshot(asked, "tenant-1", new String[] {QUEUE, "other"}, new String[] {"other|" + IFACE}));
        assertThat(ledger.row(user)).isEmpty();
        assertThat(causes()).containsExactly("LOG_IN", "QueueStatus");
    }

    @Test
    public void aSnapshotOfAnotherPbxOrThatListsTheMemberChangesNothing() {
        Instant asked = clock.instant().plusSeconds(1);
        tracker.apply(snapshot(asked, "tenant-2", new String[] {QUEUE}, new String[0]));
        tracker.apply(snapshot(asked, "tenant-1", new String[] {QUEUE}, new String[] {QUEUE + "|" + IFACE}));
        tracker.apply(snapshot(asked, "tenant-1", new String[] {"a-queue-the-pbx-has"}, new String[0]));
        assertThat(ledger.row(user)).isPresent();
        assertThat(causes()).containsExactly("LOG_IN");
    }

    @Test
    public void aRemovalFromBeforeThisLogInIsAnEarlierSessionsAndChangesNothing() {
        apply(QueueTopics.MEMBER_REMOVED, ledger.row(user).orElseThrow().loggedInAt().minusMillis(500), Map.of());
        assertThat(ledger.row(user)).isPresent();
    }

    @Test
    public void theEndOfAQueueCallStartsTheWrapUpEvenWhenThePhonesIdleReportCameFirst() {
        Instant t0 = clock.instant().plusSeconds(1);
        apply(QueueTopics.AGENT_CONNECT, t0, Map.of());
        apply(QueueTopics.MEMBER_STATUS, t0.plusMillis(50), Map.of(QueueTopics.STATUS, 1));
        assertThat(state()).isEqualTo(AgentState.AVAILABLE);
        apply(QueueTopics.AGENT_COMPLETE, t0.plusMillis(40), Map.of());
        assertThat(state()).isEqualTo(AgentState.WRAP_UP);
    }

    /**
     * The wrap-up's timer counts on a clock of its own and can fire before the wrap-up's end by the
     * node's clock: it looks again, instead of leaving the agent wrapping up until its phone's next
     * event (a full suite's StatisticsIT saw an agent in wrap-up 20 s after a wrap-up of 1 s).
     */
    @Test
    public void aWrapUpTimerThatFiresBeforeTheEndLooksAgain() {
        Instant t0 = clock.instant().plusSeconds(1);
        apply(QueueTopics.AGENT_CONNECT, t0, Map.of());
        apply(QueueTopics.AGENT_COMPLETE, t0.plusMillis(10), Map.of()); // the queue's 30 s of wrap-up
        tracker.endWrapUp(user); // as its timer would, fired early
        assertThat(state()).isEqualTo(AgentState.WRAP_UP);

        clock.move(java.time.Duration.ofSeconds(31));
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (state() != AgentState.AVAILABLE) {
            assertThat(System.nanoTime()).as("the wrap-up ended within 5 s of its end").isLessThan(deadline);
            java.util.concurrent.locks.LockSupport.parkNanos(10_000_000L);
        }
        assertThat(causes()).endsWith("WRAP_UP_OVER");
    }

    @Test
    public void eventsOfMembersCentralaDidNotLogInChangeNothing() {
        tracker.apply(event(QueueTopics.AGENT_CALLED, clock.instant(), Map.of(), "Local/500@agents/n"));
        assertThat(causes()).containsExactly("LOG_IN");
    }

    private static Event snapshot(Instant asked, String tenant, String[] queues, String[] members) {
        Map<String, Object> p = new HashMap<>();
        p.put(QueueTopics.QUEUES, queues);
        p.put(QueueTopics.MEMBERS, members);
        p.put(QueueTopics.TENANT_IDS, new String[] {tenant});
        p.put(QueueTopics.AT, asked.toEpochMilli());
        return new Event(QueueTopics.SNAPSHOT, p);
    }

    private void apply(String topic, Instant at, Map<String, Object> extra) {
        tracker.apply(event(topic, at, extra, IFACE));
    }

    private static Event event(String topic, Instant at, Map<String, Object> extra, String memberInterface) {
        Map<String, Object> p = new HashMap<>(extra);
        p.put(QueueTopics.QUEUE, QUEUE);
        p.put(QueueTopics.INTERFACE, memberInterface);
        p.put(QueueTopics.AT, at.toEpochMilli());
        return new Event(topic, p);
    }

    private AgentState state() {
        return ledger.row(user).map(AgentRow::state).orElse(AgentState.LOGGED_OUT);
    }

    private List<String> causes() {
        return db.query("SELECT cause FROM agent_state_change WHERE user_id = ? ORDER BY changed_at, id", r -> r.getString(1), user);
    }

    /** A clock that moves a millisecond each time it is read, so that changes kept one after another are in order. */
    private static final class MovableClock extends Clock {
        private final java.util.concurrent.atomic.AtomicLong millis;

        MovableClock(Instant start) {
            this.millis = new java.util.concurrent.atomic.AtomicLong(start.toEpochMilli());
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis.incrementAndGet());
        }

        void move(java.time.Duration by) {
            millis.addAndGet(by.toMillis());
        }
    }
}
