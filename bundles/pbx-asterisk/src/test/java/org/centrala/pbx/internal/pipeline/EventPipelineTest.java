package org.centrala.pbx.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.asteriskjava.manager.event.CoreShowChannelEvent;
import org.asteriskjava.manager.event.CoreShowChannelsCompleteEvent;
import org.asteriskjava.manager.event.HangupEvent;
import org.asteriskjava.manager.event.NewChannelEvent;
import org.asteriskjava.manager.event.VarSetEvent;
import org.centrala.pbx.internal.model.CallListener;
import org.centrala.pbx.internal.model.CallSummary;
import org.centrala.pbx.internal.model.RecordingCallListener;
import org.junit.Test;

/** The hand-off from Asterisk-Java's reader thread: never waits, counts what it cannot take. */
public class EventPipelineTest {

    @Test
    public void aFullQueueDropsAndCountsInsteadOfBlockingTheReader() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CallListener stuck = new RecordingCallListener() {
            @Override
            public void started(String pbxCallId, CallSummary.Leg origin, Instant at) {
                await(release);
            }
        };
        try (EventPipeline pipeline = new EventPipeline("test", 1, 4, stuck, Clock.systemUTC())) {
            pipeline.onManagerEvent(newChannel("1.0", "1.0")); // taken by the lane, which then hangs
            awaitTrue(() -> pipeline.depth() == 0);
            long started = System.nanoTime();
            for (int i = 1; i <= 10; i++) {
                pipeline.onManagerEvent(newChannel(i + ".0", i + ".0"));
            }
            long tookMillis = Duration.ofNanos(System.nanoTime() - started).toMillis();

            // Blocking would hold the reader until the stuck lane gives up after 10 s.
            assertThat(tookMillis).as("the reader thread never waits for a full lane").isLessThan(5_000);
            assertThat(pipeline.dropped()).isEqualTo(6);
            assertThat(pipeline.depth()).isEqualTo(4);
            assertThat(pipeline.received()).isEqualTo(11);
            release.countDown();
            awaitTrue(() -> pipeline.processed() == 5);
        }
    }

    @Test
    public void aCallsEventsAreFoldedInOrderOnOneLaneAndEventsWithoutCallOrDeviceAreIgnored() throws Exception {
        RecordingCallListener recorder = new RecordingCallListener();
        try (EventPipeline pipeline = new EventPipeline("test", 4, 1_000, recorder, Clock.systemUTC())) {
            for (int call = 0; call < 50; call++) {
                String id = call + ".0";
                pipeline.onManagerEvent(newChannel(id, id));
                pipeline.onManagerEvent(newChannel(call + ".1", id));
                pipeline.onManagerEvent(hangup(call + ".1", id));
                pipeline.onManagerEvent(hangup(id, id));
            }
            pipeline.onManagerEvent(new VarSetEvent(this));
            awaitTrue(() -> recorder.ended.size() == 50);

            assertThat(pipeline.ignored()).isEqualTo(1);
            assertThat(pipeline.dropped()).isZero();
            // Routed by linked id, each call's four events reach one lane in order: the call ends
            // at its last hang-up, once, and nothing is left in progress.
            assertThat(recorder.ended).extracting(CallSummary::pbxCallId).doesNotHaveDuplicates().hasSize(50);
            assertThat(pipeline.callsInProgress()).isZero();
        }
    }

    /**
     * A busy lane looks for events every millisecond instead of having the reader wake it for each;
     * an idle one waits on its queue without a timeout (an idle link costs nothing), and still takes
     * the next event and stops when closed.
     */
    @Test
    public void anIdleLaneWaitsOnItsQueueAndStillTakesTheNextEvent() throws Exception {
        RecordingCallListener recorder = new RecordingCallListener();
        EventPipeline pipeline = new EventPipeline("idle", 1, 100, recorder, Clock.systemUTC());
        Thread lane = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("centrala-ami-idle-lane-0"))
                .findFirst().orElseThrow();
        pipeline.onManagerEvent(newChannel("1.0", "1.0"));
        awaitTrue(() -> pipeline.processed() == 1);
        awaitTrue(() -> lane.getState() == Thread.State.WAITING);

        pipeline.onManagerEvent(hangup("1.0", "1.0"));
        awaitTrue(() -> pipeline.processed() == 2);
        assertThat(recorder.ended).hasSize(1);
        pipeline.close();
        assertThat(lane.isAlive()).as("closed").isFalse();
    }

    @Test
    public void aLaneThatLostPartOfTheSnapshotDoesNotEndTheCallsItMayHaveLost() throws Exception {
        Semaphore permits = new Semaphore(0);
        CountDownLatch inSecondBlock = new CountDownLatch(1);
        RecordingCallListener recorder = new RecordingCallListener() {
            @Override
            public void started(String pbxCallId, CallSummary.Leg origin, Instant at) {
                if (pbxCallId.startsWith("block")) {
                    if (pbxCallId.equals("block2")) {
                        inSecondBlock.countDown();
                    }
                    permits.acquireUninterruptibly();
                }
            }
        };
        try (EventPipeline pipeline = new EventPipeline("test", 1, 4, recorder, Clock.systemUTC())) {
            pipeline.onManagerEvent(newChannel("E", "E")); // a call known before the resync
            awaitTrue(() -> pipeline.processed() == 1);
            pipeline.onManagerEvent(newChannel("block1", "block1")); // the lane now waits
            awaitTrue(() -> pipeline.depth() == 0);
            pipeline.beginResync();
            pipeline.onManagerEvent(snapshot("B", "B"));
            pipeline.onManagerEvent(newChannel("block2", "block2"));
            pipeline.onManagerEvent(snapshot("block1", "block1"));
            pipeline.onManagerEvent(snapshot("E", "E")); // lane full: E's snapshot item is lost
            assertThat(pipeline.dropped()).isEqualTo(1);
            permits.release();
            assertThat(inSecondBlock.await(10, TimeUnit.SECONDS)).isTrue(); // room again in the lane
            pipeline.onManagerEvent(new CoreShowChannelsCompleteEvent(this));
            permits.release(10);
            awaitTrue(() -> pipeline.processed() == 6);

            assertThat(recorder.ended).as("E is still talking; only its snapshot item was lost").isEmpty();
            assertThat(pipeline.callsInProgress()).isEqualTo(4);
        }
    }

    private static CoreShowChannelEvent snapshot(String uniqueId, String linkedId) {
        CoreShowChannelEvent e = new CoreShowChannelEvent(EventPipelineTest.class);
        e.setChannel("PJSIP/2001-0000000" + uniqueId.length());
        e.setUniqueid(uniqueId);
        e.setLinkedid(linkedId);
        e.setChannelState(6);
        e.setDuration("00:00:05");
        return e;
    }

    private static NewChannelEvent newChannel(String uniqueId, String linkedId) {
        NewChannelEvent e = new NewChannelEvent(EventPipelineTest.class);
        e.setChannel("PJSIP/2001-0000000" + uniqueId.length());
        e.setUniqueId(uniqueId);
        e.setLinkedid(linkedId);
        return e;
    }

    private static HangupEvent hangup(String uniqueId, String linkedId) {
        HangupEvent e = new HangupEvent(EventPipelineTest.class);
        e.setUniqueId(uniqueId);
        e.setLinkedId(linkedId);
        return e;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within 10 s").isLessThan(deadline);
            Thread.onSpinWait();
        }
    }
}
