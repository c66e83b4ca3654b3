package org.centrala.web.internal.host;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread on which a host changes what it serves, so that changes never interleave; callers
 * that must not return before their change is live (a service being unregistered) wait for it.
 */
final class SerialWorker {
    private static final Logger LOG = LoggerFactory.getLogger(SerialWorker.class);

    private final String name;
    private final Duration limit;
    private final ScheduledExecutorService thread;

    /** @param limit how long {@link #runAndWait} waits before it lets the caller go on */
    SerialWorker(String name, Duration limit) {
        this.name = name;
        this.limit = limit;
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread worker = new Thread(r, name);
            worker.setDaemon(true);
            return worker;
        });
    }

    /** Runs the task on the worker and waits for it; its failure is the caller's. */
    void runAndWait(Runnable task) throws Exception {
        Future<?> done = thread.submit(task);
        try {
            done.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } catch (TimeoutException e) {
            LOG.warn("{}: a change is still running after {} s", name, limit.toSeconds());
        }
    }

    /** Runs the task on the worker after the delay; a failure is logged, it has no caller to go to. */
    void later(Runnable task, long delayMillis) {
        thread.schedule(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.error("{}: a change failed", name, e);
            }
        }, delayMillis, TimeUnit.MILLISECONDS);
    }

    void close() {
        thread.shutdownNow();
    }
}
