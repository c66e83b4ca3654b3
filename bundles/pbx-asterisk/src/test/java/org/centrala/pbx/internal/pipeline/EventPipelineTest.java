package org.centrala.pbx.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.asteriskjava.manager.event.HangupEvent;
import org.asteriskjava.manager.event.NewChannelEvent;
import org.asteriskjava.manager.event.VarSetEvent;
import org.centrala.pbx.internal.model.CallListener;
import org.centrala.pbx.internal.model.CallSummary;
import org.junit.Test;

/** The hand-off from Asterisk-Java's reader thread: never waits, counts what it cannot take. */
public class EventPipelineTest {

    @Test
    public void aFullQueueDropsAndCountsInsteadOfBlockingTheReader() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CallListener stuck = new Recorder() {
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
        Recorder recorder = new Recorder();
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

    private static class Recorder implements CallListener {
        final List<CallSummary> ended = new CopyOnWriteArrayList<>();

        @Override
        public void started(String pbxCallId, CallSummary.Leg origin, Instant at) {
        }

        @Override
        public void answered(String pbxCallId, CallSummary.Leg answeredBy, Instant at) {
        }

        @Override
        public void ended(CallSummary call) {
            ended.add(call);
        }

        @Override
        public void deviceState(String device, String state) {
        }

        @Override
        public void queueMember(String queue, String memberInterface, String state) {
        }
    }
}
