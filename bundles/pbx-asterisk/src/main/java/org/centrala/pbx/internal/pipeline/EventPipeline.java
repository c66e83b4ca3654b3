package org.centrala.pbx.internal.pipeline;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongConsumer;

import org.asteriskjava.manager.ManagerEventListener;
import org.asteriskjava.manager.event.CoreShowChannelsCompleteEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.centrala.pbx.internal.model.AmiEvents;
import org.centrala.pbx.internal.model.CallListener;
import org.centrala.pbx.internal.model.CallModel;
import org.centrala.pbx.internal.model.PhoneChannels;
import org.centrala.pbx.PhoneCall;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes events off Asterisk-Java's reader thread at once: the reader only picks a lane and
 * offers to its bounded queue (never waits; a full queue counts a drop). A call's events all go
 * to the lane of its linked id, device events to the lane of their device, so each lane folds its
 * share in order into its own {@link CallModel} with no locking between lanes.
 */
public final class EventPipeline implements ManagerEventListener, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EventPipeline.class);
    /** The marker that a snapshot follows, with when the link was last alive if it had been lost. */
    private record Resync(java.time.Instant lostAt) {
    }
    private static final Object STOP = new Object();
    /** Events a lane takes off its queue at once. */
    private static final int BATCH = 256;
    /** How soon a lane that found its queue empty looks again, and how often before it waits on the queue. */
    private static final long LOOK_AGAIN_NANOS = TimeUnit.MILLISECONDS.toNanos(1);
    private static final int IDLE_LOOKS = 20;

    private final Lane[] lanes;
    private final int capacity;
    private final LongAdder received = new LongAdder();
    private final LongAdder ignored = new LongAdder();
    private final LongAdder dropped = new LongAdder();
    private final LongAdder processed = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private volatile LongConsumer lagNanos = lag -> { };

    public EventPipeline(String linkId, int laneCount, int capacity, CallListener listener, Clock clock) {
        if (laneCount < 1 || capacity < laneCount) {
            throw new IllegalArgumentException("lanes must be >= 1 and capacity >= lanes");
        }
        this.capacity = capacity;
        this.lanes = new Lane[laneCount];
        for (int i = 0; i < laneCount; i++) {
            lanes[i] = new Lane("centrala-ami-" + linkId + "-lane-" + i, capacity / laneCount,
                    new CallModel(linkId, listener, clock), new PhoneChannels(clock));
        }
        for (Lane lane : lanes) {
            lane.thread.start();
        }
    }

    /** The calls on a SIP endpoint's channels now, from every lane (a phone may have calls of several). */
    public List<PhoneCall> phoneCalls(String endpoint) {
        List<PhoneCall> calls = new ArrayList<>();
        for (Lane lane : lanes) {
            calls.addAll(lane.phones.of(endpoint));
        }
        calls.sort(java.util.Comparator.comparing(PhoneCall::startedAt));
        return calls;
    }

    /** For the benchmark: receives each event's time from hand-off to processed, in nanoseconds. */
    public void onProcessed(LongConsumer lagNanos) {
        this.lagNanos = lagNanos;
    }

    /** Called on the AMI reader thread: classify, pick a lane, offer. Never blocks. */
    @Override
    public void onManagerEvent(ManagerEvent event) {
        received.increment();
        if (event instanceof CoreShowChannelsCompleteEvent) {
            // The end of a snapshot concerns every lane's calls. A lane that lost events since the
            // snapshot began may have lost some of its items: closing the calls "missing" from it
            // would end live calls, so that lane waits for the resync its drops will cause.
            for (Lane lane : lanes) {
                if (lane.lossSinceResync) {
                    ignored.increment();
                } else {
                    offer(lane, event);
                }
            }
            return;
        }
        String key = AmiEvents.callId(event);
        if (key == null) {
            key = AmiEvents.deviceOf(event);
        }
        if (key == null) {
            ignored.increment();
            return;
        }
        offer(lanes[Math.floorMod(key.hashCode(), lanes.length)], event);
    }

    /**
     * Tells every lane that a snapshot of the PBX follows; queued behind what came before. Not on
     * the reader thread, so it may wait a little for room: losing this marker would leave calls
     * that ended while away open until the next resync.
     */
    public void beginResync() {
        beginResync(null);
    }

    /** @param lostAt when the link was last alive before it was lost (null: it was not lost); calls that ended meanwhile end then */
    public void beginResync(java.time.Instant lostAt) {
        for (Lane lane : lanes) {
            try {
                lane.lossSinceResync = false; // before the marker: a drop after it counts for this snapshot
                if (!lane.queue.offer(new Envelope(new Resync(lostAt), System.nanoTime()), 1, TimeUnit.SECONDS)) {
                    lane.lossSinceResync = true;
                    dropped.increment();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void offer(Lane lane, Object item) {
        if (!lane.queue.offer(new Envelope(item, System.nanoTime()))) {
            lane.lossSinceResync = true;
            dropped.increment();
        }
    }

    public long received() {
        return received.sum();
    }

    public long ignored() {
        return ignored.sum();
    }

    public long dropped() {
        return dropped.sum();
    }

    public long processed() {
        return processed.sum();
    }

    public long failed() {
        return failed.sum();
    }

    public int depth() {
        int depth = 0;
        for (Lane lane : lanes) {
            depth += lane.queue.size();
        }
        return depth;
    }

    public int capacity() {
        return capacity;
    }

    public int callsInProgress() {
        int calls = 0;
        for (Lane lane : lanes) {
            calls += lane.calls;
        }
        return calls;
    }

    /** Lets the lanes finish what is queued, then stops them. */
    @Override
    public void close() {
        for (Lane lane : lanes) {
            try {
                if (!lane.queue.offer(new Envelope(STOP, 0), 5, TimeUnit.SECONDS)) {
                    lane.thread.interrupt(); // a lane that cannot take more stops where it is
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                lane.thread.interrupt();
            }
        }
        for (Lane lane : lanes) {
            try {
                lane.thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private record Envelope(Object item, long handedOverNanos) {
    }

    private final class Lane implements Runnable {
        final BlockingQueue<Envelope> queue;
        final CallModel model;
        final PhoneChannels phones;
        final Thread thread;
        volatile int calls;
        volatile boolean lossSinceResync;

        Lane(String name, int capacity, CallModel model, PhoneChannels phones) {
            this.queue = new ArrayBlockingQueue<>(capacity);
            this.model = model;
            this.phones = phones;
            this.thread = new Thread(this, name);
            this.thread.setDaemon(true);
        }

        /**
         * Takes what waits, in batches. When the queue is empty the lane looks again a millisecond
         * later rather than wait on the queue: a lane waiting on it has the reader's thread wake it
         * for each event (thousands of wake-ups a second at full speed, each taking a core from the
         * reader). After {@link #IDLE_LOOKS} empty looks the lane waits on the queue, so an idle link
         * costs nothing; an event then waits at most a millisecond more.
         */
        @Override
        public void run() {
            List<Envelope> batch = new ArrayList<>(BATCH);
            int emptyLooks = 0;
            while (true) {
                queue.drainTo(batch, BATCH);
                if (batch.isEmpty()) {
                    if (emptyLooks++ < IDLE_LOOKS) {
                        LockSupport.parkNanos(LOOK_AGAIN_NANOS);
                        if (Thread.interrupted()) {
                            return;
                        }
                        continue;
                    }
                    try {
                        batch.add(queue.take());
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                emptyLooks = 0;
                for (Envelope next : batch) {
                    if (next.item() == STOP) {
                        return;
                    }
                    fold(next);
                }
                batch.clear();
            }
        }

        private void fold(Envelope next) {
            if (next.item() instanceof Resync resync) {
                phones.clear();
                folded("Call model", next.item(), () -> model.beginResync(resync.lostAt()));
            } else {
                ManagerEvent event = (ManagerEvent) next.item();
                folded("Call model", event, () -> model.apply(event));
                // On its own: a model failure must not leave a phantom call on a desk.
                folded("Phone channels", event, () -> phones.apply(event));
            }
            processed.increment();
            calls = model.callsInProgress();
            lagNanos.accept(System.nanoTime() - next.handedOverNanos());
        }

        /** Folds the item into one consumer; a failure is counted and logged, and the lane goes on. */
        private void folded(String consumer, Object item, Runnable fold) {
            try {
                fold.run();
            } catch (RuntimeException e) {
                failed.increment();
                LOG.warn("{} could not apply {}: {}", consumer, item.getClass().getSimpleName(), e.toString());
            }
        }
    }
}
