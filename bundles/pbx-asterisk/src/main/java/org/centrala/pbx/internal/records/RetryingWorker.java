package org.centrala.pbx.internal.records;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Does each submitted item on a thread of its own, in order, and retries an item whose work
 * fails in a way that may pass (the database is away) with a doubling pause, so that whoever
 * submits never waits and a brief outage loses nothing. An item is given up when its failure will
 * not pass by retrying, when the queue is full, or when the worker stops before it could be done;
 * it is then logged whole at ERROR, so that it can be recovered.
 */
public final class RetryingWorker<T> {
    private static final Logger LOG = LoggerFactory.getLogger(RetryingWorker.class);

    private final String name;
    private final Consumer<T> work;
    private final Predicate<RuntimeException> retryable;
    private final BlockingQueue<T> queue;
    private final long initialPauseMillis;
    private final long maxPauseMillis;
    private final Duration grace;
    private final Thread thread;
    private final LongAdder retries = new LongAdder();
    private final LongAdder givenUp = new LongAdder();
    private final List<T> givenUpAtStop = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean accepting = true;
    private volatile boolean stopping;
    /** Set before {@link #stopping} when the whole node stops: a loss then is the stop's, logged at WARN. */
    private volatile boolean nodeStopping;
    private volatile boolean busy;

    /**
     * @param grace how long {@link #close()} lets queued items be done before it gives them up
     */
    public RetryingWorker(String name, int capacity, long initialPauseMillis, long maxPauseMillis, Duration grace,
                          Predicate<RuntimeException> retryable, Consumer<T> work) {
        this.name = name;
        this.work = work;
        this.retryable = retryable;
        this.queue = new LinkedBlockingQueue<>(capacity);
        this.initialPauseMillis = Math.max(1, initialPauseMillis);
        this.maxPauseMillis = Math.max(this.initialPauseMillis, maxPauseMillis);
        this.grace = grace;
        this.thread = new Thread(this::run, name);
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Never blocks. @return false if the item was given up (queue full, or closing) */
    public boolean submit(T item) {
        boolean taken;
        synchronized (this) { // against close(): an item is either drained by it or refused here
            taken = accepting && queue.offer(item);
        }
        if (!taken) {
            if (!accepting && nodeStopping) {
                LOG.warn("{}: given up at the node's stop, it is stopping: {}", name, item);
            } else {
                LOG.error("{}: given up, {}: {}", name, accepting ? "its queue is full" : "it is stopping", item);
            }
            givenUp.increment();
        }
        return taken;
    }

    public long retries() {
        return retries.sum();
    }

    /** Items given up so far, for whatever reason (each was logged at ERROR). */
    public long givenUp() {
        return givenUp.sum();
    }

    public int pending() {
        return queue.size() + (busy ? 1 : 0);
    }

    /** Lets queued items be done for up to the grace period, then stops. @return the items it gave up */
    public List<T> close() {
        return close(false);
    }

    /**
     * As {@link #close()}; when the whole node is stopping, what is left is the stop's doing, not a
     * failure: each item is still logged whole, to be recovered, at WARN.
     */
    public List<T> close(boolean nodeStopping) {
        this.nodeStopping = nodeStopping;
        synchronized (this) {
            accepting = false;
        }
        // An interrupted caller (a DS deactivation after shutdownNow) would make parkNanos spin.
        boolean interrupted = Thread.interrupted();
        long deadline = System.nanoTime() + grace.toNanos();
        while ((busy || !queue.isEmpty()) && System.nanoTime() < deadline && thread.isAlive()) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        stopping = true;
        if (!busy) {
            // Only while it waits for work: an interrupt during Derby's file I/O closes Derby's
            // channel, and Derby's shutdown then waits up to a minute for it. A busy worker sees
            // stopping after its item and ends; it is a daemon thread either way.
            thread.interrupt();
        }
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<T> left = new ArrayList<>();
        queue.drainTo(left);
        left.forEach(item -> lostAtStop(item, ""));
        givenUp.add(left.size());
        givenUpAtStop.addAll(left);
        return List.copyOf(givenUpAtStop);
    }

    private void run() {
        while (!stopping) {
            T item;
            try {
                item = queue.take();
            } catch (InterruptedException e) {
                return;
            }
            busy = true;
            try {
                doWithRetries(item);
            } finally {
                busy = false;
            }
        }
    }

    /** Logged whole, so that it can be recovered; at WARN when the node's stop took what it needed. */
    private void lostAtStop(T item, String why) {
        if (nodeStopping) {
            LOG.warn("{}: given up at the node's stop, what it needed had stopped first{}: {}", name, why, item);
        } else {
            LOG.error("{}: given up, it stopped first{}: {}", name, why, item);
        }
    }

    private void giveUpAtStop(T item) {
        givenUp.increment();
        givenUpAtStop.add(item);
    }

    private void doWithRetries(T item) {
        long pause = initialPauseMillis;
        while (true) {
            try {
                work.accept(item);
                return;
            } catch (RuntimeException e) {
                if (!retryable.test(e)) {
                    LOG.error("{}: given up, it fails the same way each time: {}", name, item, e);
                    givenUp.increment();
                    return;
                }
                if (stopping) {
                    lostAtStop(item, " (" + e + ")");
                    giveUpAtStop(item);
                    return;
                }
                retries.increment();
                LOG.warn("{}: failed ({}); retrying in {} ms", name, e.toString(), pause);
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                lostAtStop(item, "");
                giveUpAtStop(item);
                return;
            }
            pause = Math.min(maxPauseMillis, pause * 2);
        }
    }
}
