package org.centrala.testpbx.internal;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The one thread on which all PBX state changes and events happen, so events come out in one
 * well-defined order, as from a real Asterisk's event queue.
 */
final class PbxClock implements AutoCloseable {
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread t = new Thread(runnable, "test-pbx-clock");
        t.setDaemon(true);
        return t;
    });

    void execute(Runnable task) {
        thread.execute(task);
    }

    ScheduledFuture<?> schedule(Runnable task, long delayMillis) {
        return thread.schedule(task, Math.max(0, delayMillis), TimeUnit.MILLISECONDS);
    }

    /**
     * Waits, on a thread of its own (never the clock's), until so many scaled milliseconds of the
     * PBX's time have passed: a FastAGI session's Dial or Playback lasting its while.
     */
    void await(java.time.Duration duration, double scale) {
        java.util.concurrent.CompletableFuture<Void> done = new java.util.concurrent.CompletableFuture<>();
        schedule(() -> done.complete(null), Math.round(duration.toMillis() * scale));
        done.join();
    }

    /** Runs the task on the clock thread and waits for it: for AMI actions that read state. */
    <T> T call(java.util.concurrent.Callable<T> task) {
        try {
            return thread.submit(task).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (Exception e) {
            throw new IllegalStateException("test PBX clock failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
