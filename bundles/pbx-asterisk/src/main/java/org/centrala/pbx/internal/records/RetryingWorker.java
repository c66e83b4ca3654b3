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

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Does each submitted item on a thread of its own, in order, and retries an item whose work
 * fails (the database is away) with a doubling pause, so that whoever submits never waits and a
 * brief outage loses nothing. An item is given up only when the queue is full or the worker
 * stops before it could be done; it is then logged whole at ERROR, so that it can be recovered.
 */
public final class RetryingWorker<T> {
    private static final Logger LOG = LoggerFactory.getLogger(RetryingWorker.class);

    private final String name;
    private final Consumer<T> work;
    private final BlockingQueue<T> queue;
    private final long initialPauseMillis;
    private final long maxPauseMillis;
    private final Duration grace;
    private final Thread thread;
    private final LongAdder retries = new LongAdder();
    private final List<T> givenUp = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean accepting = true;
    private volatile boolean stopping;
    private volatile boolean busy;

    /**
     * @param grace how long {@link #close()} lets queued items be done before it gives them up
     */
    public RetryingWorker(String name, int capacity, long initialPauseMillis, long maxPauseMillis, Duration grace,
                          Consumer<T> work) {
        this.name = name;
        this.work = work;
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
        if (!accepting || !queue.offer(item)) {
            LOG.error("{}: given up, {}: {}", name, accepting ? "its queue is full" : "it is stopping", item);
            return false;
        }
        return true;
    }

    public long retries() {
        return retries.sum();
    }

    public int pending() {
        return queue.size() + (busy ? 1 : 0);
    }

    /** Lets queued items be done for up to the grace period, then stops. @return the items given up */
    public List<T> close() {
        accepting = false;
        long deadline = System.nanoTime() + grace.toNanos();
        while ((busy || !queue.isEmpty()) && System.nanoTime() < deadline && thread.isAlive()) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
        }
        stopping = true;
        thread.interrupt();
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<T> left = new ArrayList<>();
        queue.drainTo(left);
        left.forEach(item -> LOG.error("{}: given up, it stopped first: {}", name, item));
        givenUp.addAll(left);
        return List.copyOf(givenUp);
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

    private void doWithRetries(T item) {
        long pause = initialPauseMillis;
        while (true) {
            try {
                work.accept(item);
                return;
            } catch (RuntimeException e) {
                if (stopping) {
                    LOG.error("{}: given up, it stopped first ({}): {}", name, e.toString(), item);
                    givenUp.add(item);
                    return;
                }
                retries.increment();
                LOG.warn("{}: failed ({}); retrying in {} ms", name, e.toString(), pause);
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                LOG.error("{}: given up, it stopped first: {}", name, item);
                givenUp.add(item);
                return;
            }
            pause = Math.min(maxPauseMillis, pause * 2);
        }
    }
}
