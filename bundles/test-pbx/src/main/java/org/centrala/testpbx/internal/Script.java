package org.centrala.testpbx.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.function.LongSupplier;

/**
 * The steps of one call, each after a (scaled) pause from the previous one. A restart of the PBX
 * cancels the script: the PBX's generation changed and the remaining steps never run.
 */
final class Script {
    private final PbxClock clock;
    private final double scale;
    private final LongSupplier generation;
    private final long startGeneration;
    private final List<Step> steps = new ArrayList<>();
    final CompletableFuture<Void> finished = new CompletableFuture<>();
    private volatile ScheduledFuture<?> pending;

    private record Step(java.util.function.Supplier<Duration> pause, Runnable action) {
    }

    Script(PbxClock clock, double scale, LongSupplier generation) {
        this.clock = clock;
        this.scale = scale;
        this.generation = generation;
        this.startGeneration = generation.getAsLong();
    }

    Script then(Runnable action) {
        return after(Duration.ZERO, action);
    }

    Script after(Duration pause, Runnable action) {
        return after(() -> pause, action);
    }

    /** A step whose pause is known only once the steps before it ran (a call answered, or not). */
    Script after(java.util.function.Supplier<Duration> pause, Runnable action) {
        steps.add(new Step(pause, action));
        return this;
    }

    Script start() {
        run(0);
        return this;
    }

    private void run(int index) {
        if (index == steps.size()) {
            finished.complete(null);
            return;
        }
        Step step = steps.get(index);
        pending = clock.schedule(() -> {
            if (generation.getAsLong() != startGeneration) {
                finished.completeExceptionally(new IllegalStateException("the PBX restarted under this call"));
                return;
            }
            try {
                step.action().run();
            } catch (RuntimeException e) {
                finished.completeExceptionally(e);
                return;
            }
            run(index + 1);
        }, Math.round(step.pause().get().toMillis() * scale));
    }

    void cancel() {
        ScheduledFuture<?> current = pending;
        if (current != null) {
            current.cancel(false);
        }
        finished.completeExceptionally(new IllegalStateException("the PBX restarted under this call"));
    }
}
