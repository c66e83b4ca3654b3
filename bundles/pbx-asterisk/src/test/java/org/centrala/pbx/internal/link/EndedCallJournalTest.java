package org.centrala.pbx.internal.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.centrala.common.UnavailableException;
import org.centrala.pbx.CallDirection;
import org.centrala.pbx.CallDisposition;
import org.centrala.pbx.CallRecord;
import org.centrala.pbx.EndedCall;
import org.centrala.pbx.EndedCallConsumer;
import org.junit.After;
import org.junit.Test;

/**
 * Issue 12: every consumer of ended calls (call records, recording index, statistics) gets each
 * call once, in order, whatever the others do; one that is away gets what it missed when it is
 * back; one that appears late gets the calls of the boot.
 */
public class EndedCallJournalTest {
    private final MutableClock clock = new MutableClock();
    private final EndedCallJournal journal = new EndedCallJournal(5, Duration.ofMinutes(2), clock);

    @After
    public void close() {
        journal.close(Duration.ofSeconds(1), true);
    }

    @Test
    public void eachConsumerGetsEveryCallInOrderAndAnAbsentOneCatchesUpWhenItIsBack() {
        List<String> records = new CopyOnWriteArrayList<>();
        List<String> recordings = new CopyOnWriteArrayList<>();
        EndedCallConsumer recordingIndex = call -> recordings.add(call.record().pbxCallId());
        journal.bind("call-records", call -> records.add(call.record().pbxCallId()), 1);
        journal.bind("recording", recordingIndex, 2);
        journal.append(call("a"));
        await(() -> recordings.size() == 1);

        journal.unbind("recording", recordingIndex); // its bundle is being updated
        journal.append(call("b"));
        journal.append(call("c"));
        await(() -> records.size() == 3);
        assertThat(recordings).as("away while b and c ended").containsExactly("a");

        journal.bind("recording", call -> recordings.add(call.record().pbxCallId()), 2);
        await(() -> recordings.size() == 3);
        assertThat(recordings).containsExactly("a", "b", "c");
        assertThat(records).containsExactly("a", "b", "c");
        assertThat(journal.pending()).containsEntry("recording", 0L).containsEntry("call-records", 0L);
    }

    @Test
    public void aConsumerThatFailsForAWhileIsHandedTheCallAgainAndHoldsUpNoOther() {
        AtomicInteger failures = new AtomicInteger(2);
        List<String> kept = new CopyOnWriteArrayList<>();
        List<String> other = new CopyOnWriteArrayList<>();
        journal.bind("call-records", call -> {
            if (failures.getAndDecrement() > 0) {
                throw new UnavailableException("The database is away", 5);
            }
            kept.add(call.record().pbxCallId());
        }, 1);
        journal.bind("statistics", call -> other.add(call.record().pbxCallId()), 3);
        journal.append(call("a"));
        journal.append(call("b"));
        await(() -> other.size() == 2);
        await(() -> kept.size() == 2);
        assertThat(kept).as("each once, in order, after two failed attempts").containsExactly("a", "b");
    }

    @Test
    public void callsThatWaitedAreHandedOverTogetherAndABatchThatFailsForGoodIsRetriedOneByOne() {
        List<List<String>> batches = new CopyOnWriteArrayList<>();
        List<String> singles = new CopyOnWriteArrayList<>();
        EndedCallConsumer store = new EndedCallConsumer() {
            @Override
            public void accept(EndedCall call) {
                if (call.record().pbxCallId().equals("c")) {
                    throw new IllegalArgumentException("this call cannot be stored");
                }
                singles.add(call.record().pbxCallId());
            }

            @Override
            public void acceptAll(List<EndedCall> calls) {
                List<String> ids = calls.stream().map(call -> call.record().pbxCallId()).toList();
                batches.add(ids);
                if (ids.contains("c")) {
                    throw new IllegalArgumentException("one of them cannot be stored");
                }
            }
        };
        journal.append(call("a"));
        journal.append(call("b"));
        journal.bind("call-records", store, 1); // back after its bundle's update: two calls waited for it
        await(() -> batches.size() == 1);
        assertThat(batches.get(0)).as("in one batch, in order").containsExactly("a", "b");

        journal.unbind("call-records", store);
        journal.append(call("c"));
        journal.append(call("d"));
        journal.bind("call-records", store, 1);
        await(() -> singles.size() == 1);
        assertThat(batches.get(1)).containsExactly("c", "d");
        assertThat(singles).as("c is given up alone, d is still taken").containsExactly("d");
        assertThat(journal.pending()).containsEntry("call-records", 0L);
    }

    @Test
    public void aConsumerSeenForTheFirstTimeGetsTheCallsOfTheLastMinutesButNotOlderOnes() {
        List<String> records = new CopyOnWriteArrayList<>();
        journal.bind("call-records", call -> records.add(call.record().pbxCallId()), 1);
        journal.append(call("old"));
        await(() -> records.size() == 1);
        clock.advance(Duration.ofMinutes(3));
        journal.append(call("boot"));
        await(() -> records.size() == 2);

        List<String> late = new CopyOnWriteArrayList<>();
        journal.bind("recording", call -> late.add(call.record().pbxCallId()), 2);
        await(() -> late.size() == 1);
        assertThat(late).containsExactly("boot");
    }

    @Test
    public void beyondItsCapacityTheOldestCallIsGivenUpForAConsumerThatStayedAwayAndTheRestFollow() {
        List<String> records = new CopyOnWriteArrayList<>();
        EndedCallConsumer first = call -> records.add(call.record().pbxCallId());
        journal.bind("call-records", first, 1);
        journal.unbind("call-records", first);
        for (String id : List.of("1", "2", "3", "4", "5", "6", "7")) {
            journal.append(call(id));
        }
        journal.bind("call-records", call -> records.add(call.record().pbxCallId()), 1);
        await(() -> records.size() == 5);
        assertThat(records).as("capacity 5: 1 and 2 were given up").containsExactly("3", "4", "5", "6", "7");
    }

    @Test
    public void anUnnamedConsumerThatLeavesIsForgottenAtOnce() {
        EndedCallConsumer unnamed = call -> { };
        journal.bind("service-17", unnamed, 42);
        journal.forget("service-17");
        journal.append(call("a"));
        assertThat(journal.pending()).doesNotContainKey("service-17");
    }

    @Test
    public void anUninstalledConsumersCursorIsForgottenSoTheCallsAreNoLongerKeptForIt() {
        EndedCallConsumer gone = call -> { };
        journal.bind("crm-plugin", gone, 42);
        journal.unbind("crm-plugin", gone);
        journal.append(call("a"));
        assertThat(journal.pending()).containsEntry("crm-plugin", 1L);

        journal.forgetBundle(42);
        assertThat(journal.pending()).doesNotContainKey("crm-plugin");
    }

    private static EndedCall call(String pbxCallId) {
        Instant at = Instant.parse("2026-12-07T10:00:00Z");
        CallRecord record = new CallRecord("record-" + pbxCallId, "tenant-1", pbxCallId, CallDirection.INBOUND, "+381641234567",
                "100", "user-1", "device-1", "department-1", null, at, at, at.plusSeconds(60), 60, 60,
                CallDisposition.ANSWERED, false, null, false);
        return new EndedCall("centrala@127.0.0.1:5038", "127.0.0.1", 5038, record, null, List.of());
    }

    private static void await(Supplier<Boolean> condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.get()) {
            assertThat(System.nanoTime()).as("in time").isLessThan(deadline);
            Thread.onSpinWait();
        }
    }

    /** A clock the test moves. */
    private static final class MutableClock extends Clock {
        private volatile Instant now = Instant.parse("2026-12-07T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
