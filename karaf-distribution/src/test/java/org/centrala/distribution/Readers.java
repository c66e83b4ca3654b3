package org.centrala.distribution;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads a few paths round and round on threads of their own until closed, and keeps every answer
 * that was not a 200: what a client would have seen fail while something was swapped under it.
 */
final class Readers implements AutoCloseable {
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicInteger count = new AtomicInteger();
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    private final List<Thread> threads = new ArrayList<>();
    private long pauseMillis;

    private Readers() {
    }

    static Readers start(Api api, List<String> paths) {
        return start(api, paths, 0);
    }

    /** @param pauseMillis between two reads of a path, so that readers look like clients rather than a load test */
    static Readers start(Api api, List<String> paths, long pauseMillis) {
        Readers readers = new Readers();
        readers.pauseMillis = pauseMillis;
        for (String path : paths) {
            Thread thread = new Thread(() -> readers.read(api, path), "reader " + path);
            thread.setDaemon(true);
            readers.threads.add(thread);
            thread.start();
        }
        return readers;
    }

    private void read(Api api, String path) {
        while (running.get()) {
            try {
                Api.Answer answer = api.get(path);
                count.incrementAndGet();
                if (answer.status() != 200) {
                    failures.add(path + " -> " + answer.status() + " " + answer.body());
                }
            } catch (RuntimeException e) {
                failures.add(path + " -> " + e);
            }
            pause();
        }
    }

    /** Waits out the pause between two reads, or less if the readers are closed meanwhile. */
    private void pause() {
        if (pauseMillis > 0) {
            try {
                stopped.await(pauseMillis, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running.set(false);
            }
        }
    }

    int count() {
        return count.get();
    }

    List<String> failures() {
        synchronized (failures) {
            return new ArrayList<>(failures);
        }
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        stopped.countDown();
        for (Thread thread : threads) {
            thread.join(10_000);
        }
    }
}
