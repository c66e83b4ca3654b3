package org.centrala.pbx.internal.link;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.centrala.pbx.EndedCall;
import org.centrala.pbx.EndedCallConsumer;
import org.centrala.pbx.internal.records.TransientFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands every ended call to each {@link EndedCallConsumer} in the order the calls ended, each
 * consumer on a thread of its own with a cursor of its own, so that a slow or absent consumer
 * holds up no other and never the lanes. The link bundle, which rarely changes, keeps the calls:
 * while a consumer is away (its bundle being updated) or cannot keep them (its database is away)
 * its cursor waits and it is handed what it missed when it is back. A consumer named for the first
 * time starts with the calls that ended in the last {@code keepForNewcomers} (those of the node's
 * boot, before it was bound). Calls are kept until every cursor passed them and they are older than
 * that, up to {@code capacity}; beyond it the oldest is given up, logged whole, for each consumer
 * that had not taken it.
 */
final class EndedCallJournal {
    private static final Logger LOG = LoggerFactory.getLogger(EndedCallJournal.class);

    private record Entry(long seq, EndedCall call, Instant at) {
    }

    private final int capacity;
    private final Duration keepForNewcomers;
    private final Clock clock;
    private final Entry[] ring;
    private final Map<String, Reader> readers = new HashMap<>();
    /** Sequence numbers of the kept calls: [first, next). Guarded by this. */
    private long first;
    private long next;
    private boolean closed;

    EndedCallJournal(int capacity, Duration keepForNewcomers, Clock clock) {
        this.capacity = capacity;
        this.keepForNewcomers = keepForNewcomers;
        this.clock = clock;
        this.ring = new Entry[capacity];
    }

    /** Never blocks. */
    synchronized void append(EndedCall call) {
        if (closed) {
            LOG.warn("Ended call given up, the PBX link is stopping: {}", call);
            return;
        }
        if (next - first == capacity) {
            Entry oldest = ring[index(first)];
            readers.values().forEach(reader -> reader.giveUp(oldest));
            ring[index(first)] = null;
            first++;
        }
        ring[index(next)] = new Entry(next, call, clock.instant());
        next++;
        trim();
        notifyAll();
    }

    /** A consumer (re)appears: it resumes at its cursor, or starts with the calls kept for newcomers. */
    synchronized void bind(String name, EndedCallConsumer consumer, long bundleId) {
        Reader reader = readers.get(name);
        if (reader == null) {
            reader = new Reader(name, firstForNewcomers());
            readers.put(name, reader);
            reader.start();
        }
        reader.consumer = consumer;
        reader.bundleId = bundleId;
        notifyAll();
    }

    /** The consumer leaves; its cursor stays, as its bundle may be coming back. */
    synchronized void unbind(String name, EndedCallConsumer consumer) {
        Reader reader = readers.get(name);
        if (reader != null && reader.consumer == consumer) {
            reader.consumer = null;
        }
    }

    /** A consumer without a name leaves: it comes back (if at all) as another one, so its cursor goes now. */
    synchronized void forget(String name) {
        Reader reader = readers.remove(name);
        if (reader != null) {
            reader.stop();
            trim();
            notifyAll();
        }
    }

    /** The oldest call a newcomer is given: the first of the last {@code keepForNewcomers}. */
    private long firstForNewcomers() {
        Instant since = clock.instant().minus(keepForNewcomers);
        long seq = first;
        while (seq < next && ring[index(seq)].at().isBefore(since)) {
            seq++;
        }
        return seq;
    }

    /** A bundle was uninstalled: the cursors of its consumers that are away now go (they will not be back). */
    synchronized void forgetBundle(long bundleId) {
        readers.values().removeIf(reader -> {
            if (reader.bundleId != bundleId || reader.consumer != null) {
                return false;
            }
            LOG.info("The ended-call consumer '{}' was uninstalled; {} calls it had not taken are no longer kept for it",
                    reader.name, next - reader.cursor);
            reader.stop();
            return true;
        });
        trim();
        notifyAll();
    }

    /** How many calls each consumer has not taken yet. */
    synchronized Map<String, Long> pending() {
        Map<String, Long> pending = new HashMap<>();
        readers.values().forEach(reader -> pending.put(reader.name, next - reader.cursor));
        return pending;
    }

    /**
     * Lets bound consumers take what is left for up to {@code grace}, then stops; what a consumer
     * did not take is logged whole (at WARN when the node is stopping, else at ERROR).
     */
    void close(Duration grace, boolean nodeStopping) {
        List<Reader> all;
        synchronized (this) {
            closed = true;
            long deadline = System.nanoTime() + grace.toNanos();
            try {
                while (readers.values().stream().anyMatch(r -> r.consumer != null && r.cursor < next)
                        && System.nanoTime() < deadline) {
                    wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            all = new ArrayList<>(readers.values());
            for (Reader reader : all) {
                for (long seq = Math.max(reader.cursor, first); seq < next; seq++) {
                    if (nodeStopping) {
                        LOG.warn("Ended call not handed to '{}', the node is stopping: {}", reader.name, ring[index(seq)].call());
                    } else {
                        LOG.error("Ended call not handed to '{}', the PBX link stopped first: {}", reader.name,
                                ring[index(seq)].call());
                    }
                }
                reader.stop();
            }
            readers.clear();
            notifyAll();
        }
        for (Reader reader : all) {
            reader.join();
        }
    }

    private int index(long seq) {
        return (int) (seq % capacity);
    }

    /** Drops the calls every cursor passed, once they are too old for a newcomer. */
    private void trim() {
        long slowest = readers.values().stream().mapToLong(r -> r.cursor).min().orElse(next);
        Instant keepSince = clock.instant().minus(keepForNewcomers);
        while (first < next && first < slowest && ring[index(first)].at().isBefore(keepSince)) {
            ring[index(first)] = null;
            first++;
        }
    }

    /**
     * The next calls for a reader (up to {@code max}, in order), waiting for one and for its
     * consumer, and, under load, until {@code notBeforeNanos} unless {@code max} are waiting
     * already; empty once it is stopped.
     */
    private synchronized List<Entry> await(Reader reader, int max, long notBeforeNanos) throws InterruptedException {
        while (!reader.stopped) {
            long waiting = next - Math.max(reader.cursor, first);
            long settling = notBeforeNanos - System.nanoTime();
            if (reader.consumer == null || waiting == 0) {
                wait();
            } else if (waiting < max && settling > 0) {
                wait(Math.max(1, settling / 1_000_000));
            } else {
                break;
            }
        }
        if (reader.stopped) {
            return List.of();
        }
        reader.cursor = Math.max(reader.cursor, first);
        List<Entry> entries = new ArrayList<>((int) Math.min(max, next - reader.cursor));
        for (long seq = reader.cursor; seq < next && entries.size() < max; seq++) {
            entries.add(ring[index(seq)]);
        }
        return entries;
    }

    /** The reader's consumer took the calls up to and with {@code last}. */
    private synchronized void taken(Reader reader, Entry last) {
        if (reader.cursor <= last.seq()) {
            reader.cursor = last.seq() + 1;
        }
        trim();
        notifyAll();
    }

    private synchronized EndedCallConsumer consumerOf(Reader reader) {
        return reader.consumer;
    }

    /** One consumer's cursor and the thread that hands it the calls, retrying with a doubling pause. */
    private final class Reader implements Runnable {
        private static final long FIRST_PAUSE_MILLIS = 200;
        private static final long LONGEST_PAUSE_MILLIS = 5_000;
        /** Calls handed over at once at most (one transaction of the consumer's). */
        private static final int BATCH = 100;
        /**
         * Under load, hand-overs are this far apart at least, so that a consumer that keeps calls in
         * a database commits what ended meanwhile together instead of once per call (a quarter of
         * the CPU a call costs, at a busy PBX's rate). A call that ends on an idle link is handed
         * over at once.
         */
        private static final long SETTLE_NANOS = TimeUnit.MILLISECONDS.toNanos(20);
        final String name;
        final Thread thread;
        long cursor;
        long bundleId = -1;
        EndedCallConsumer consumer;
        volatile boolean stopped;
        /** In the pause between two attempts: the only time a stop interrupts it. */
        volatile boolean pausing;

        Reader(String name, long cursor) {
            this.name = name;
            this.cursor = cursor;
            this.thread = new Thread(this, "centrala-ended-calls-" + name);
            this.thread.setDaemon(true);
        }

        void start() {
            thread.start();
        }

        /**
         * Not interrupted while it hands a call over: an interrupt during Derby's file I/O closes
         * Derby's channel (the journal's caller waits for it). Woken by notifyAll, or from its retry pause.
         */
        void stop() {
            stopped = true;
            if (pausing) {
                thread.interrupt();
            }
        }

        void join() {
            try {
                thread.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** The journal is full and drops a call this consumer never took: a loss, logged whole. */
        void giveUp(Entry oldest) {
            if (cursor <= oldest.seq()) {
                LOG.error("Ended call given up for '{}', which has not taken the last {} calls: {}", name, capacity,
                        oldest.call());
                cursor = oldest.seq() + 1;
            }
        }

        @Override
        public void run() {
            long pause = FIRST_PAUSE_MILLIS;
            // After a batch failed for good: how many calls to hand over one by one, to find the one that fails.
            int singly = 0;
            long lastHandOver = System.nanoTime() - SETTLE_NANOS;
            while (!stopped) {
                List<Entry> entries;
                try {
                    entries = await(this, singly > 0 ? 1 : BATCH, singly > 0 ? System.nanoTime() : lastHandOver + SETTLE_NANOS);
                } catch (InterruptedException e) {
                    return;
                }
                if (entries.isEmpty()) {
                    return;
                }
                EndedCallConsumer target = consumerOf(this);
                if (target == null) {
                    continue;
                }
                lastHandOver = System.nanoTime();
                try {
                    if (entries.size() == 1) {
                        target.accept(entries.get(0).call());
                    } else {
                        target.acceptAll(entries.stream().map(Entry::call).toList());
                    }
                    taken(this, entries.get(entries.size() - 1));
                    singly = Math.max(0, singly - 1);
                    pause = FIRST_PAUSE_MILLIS;
                } catch (RuntimeException e) {
                    if (!TransientFailures.isTransient(e)) {
                        if (entries.size() > 1) {
                            singly = entries.size();
                            continue;
                        }
                        LOG.error("Ended call given up for '{}', it fails the same way each time: {}", name,
                                entries.get(0).call(), e);
                        taken(this, entries.get(0));
                        singly = Math.max(0, singly - 1);
                        continue;
                    }
                    LOG.debug("'{}' could not take {} calls from {} yet ({}); retrying in {} ms", name, entries.size(),
                            entries.get(0).call().record().pbxCallId(), e.toString(), pause);
                    pausing = true;
                    try {
                        if (!stopped) {
                            Thread.sleep(pause);
                        }
                    } catch (InterruptedException stop) {
                        return;
                    } finally {
                        pausing = false;
                    }
                    pause = Math.min(LONGEST_PAUSE_MILLIS, pause * 2);
                }
            }
        }
    }
}
