package org.centrala.statistics.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.centrala.common.UnavailableException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The one writer of the roll-ups on this node, and keeper of today's figures per tenant. Every
 * write and every first read of a tenant's day run on its one thread, so today's figures are the
 * day's rows plus exactly the batches committed after they were read: live and historical figures
 * are the same numbers (issue 12), never one batch apart.
 */
@Component(service = RollupWriter.class)
public class RollupWriter {
    private static final long WAIT_SECONDS = 30;

    private final JdbcRollups rollups;
    private final TimeZones zones;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> new Thread(r, "centrala-statistics"));
    /** Today's tally per subject, per tenant whose day was read; the writer thread only. */
    private final Map<String, Today> today = new HashMap<>();
    private final java.time.Clock clock;
    /** Told on the writer's thread of each subject whose figures of today changed; may be absent. */
    private volatile TodayListener listener = (tenantId, changed, causedAt) -> { };

    /** Who is told of changed figures of today (the publisher of {@code StatisticsTopics.UPDATED}). */
    interface TodayListener {
        /**
         * @param changed  each changed subject with its tally of today, after the change
         * @param causedAt when the PBX's event that changed them happened (its AMI timestamp)
         */
        void changed(String tenantId, Map<Subject, Tally> changed, Instant causedAt);
    }

    private record Today(LocalDate day, ZoneId zone, Map<Subject, Tally> tallies) {
    }

    @Activate
    public RollupWriter(@Reference StatisticsSchema schema, @Reference TimeZones zones) {
        this.rollups = schema.rollups();
        this.zones = zones;
        this.clock = schema.clock();
    }

    @Deactivate
    void deactivate() {
        thread.shutdownNow();
    }

    /**
     * Adds the batch, in a transaction with {@code alsoInTransaction} (which may veto it by answering false).
     *
     * @param causedAt when the fact the batch counts happened (a call's end, a state's end)
     */
    boolean add(String tenantId, RollupBatch batch, java.util.function.BooleanSupplier alsoInTransaction, Instant causedAt) {
        return add(tenantId, () -> alsoInTransaction.getAsBoolean() ? batch : null, causedAt);
    }

    /**
     * Adds the batch {@code inTransaction} answers, made in the transaction that adds it (several
     * calls, each marked counted there and left out if it was already); null adds nothing.
     *
     * @param causedAt when the last fact the batch counts happened
     * @return whether a batch was added
     */
    boolean add(String tenantId, java.util.function.Supplier<RollupBatch> inTransaction, Instant causedAt) {
        return onThread(() -> {
            ZoneId zone = zones.of(tenantId);
            // What the batch added to each day, or null when the other work vetoed it.
            Map<LocalDate, Map<Subject, Tally>> added = rollups.database().inTransaction(() -> {
                RollupBatch batch = inTransaction.get();
                return batch == null ? null : batch.isEmpty() ? Map.of() : rollups.add(tenantId, zone, batch);
            });
            if (added == null) {
                return false;
            }
            Today day = today.get(tenantId);
            if (day != null && day.zone().equals(zone) && added.containsKey(day.day())) {
                Map<Subject, Tally> changed = new HashMap<>();
                added.get(day.day()).forEach((subject, tally) -> changed.put(subject, day.tallies().merge(subject, tally, Tally::plus)));
                tell(tenantId, changed, causedAt);
            }
            return true;
        });
    }

    /** Today's tally of every subject of the tenant, in its time zone: a copy. */
    Map<Subject, Tally> today(String tenantId) {
        return onThread(() -> Map.copyOf(todayOnThread(tenantId)));
    }

    /**
     * Tells the listener of a subject's figures of today without waiting for the writer's thread
     * (a caller joined or left a queue, on EventAdmin's delivery thread); the subject is found there
     * too, since finding a queue may read the database.
     */
    void tellLater(String tenantId, java.util.function.Supplier<Subject> subjectOf, Instant causedAt) {
        thread.execute(() -> {
            try {
                Subject subject = subjectOf.get();
                tell(tenantId, Map.of(subject, todayOnThread(tenantId).getOrDefault(subject, Tally.ZERO)), causedAt);
            } catch (RuntimeException e) {
                // The database away while the day is read: the next change tells again.
                org.slf4j.LoggerFactory.getLogger(RollupWriter.class).debug("Figures of tenant {} not told: {}", tenantId, e.toString());
            }
        });
    }

    private Map<Subject, Tally> todayOnThread(String tenantId) {
        ZoneId zone = zones.of(tenantId);
        LocalDate day = LocalDate.now(clock.withZone(zone));
        Today current = today.get(tenantId);
        if (current == null || !current.day().equals(day) || !current.zone().equals(zone)) {
            current = new Today(day, zone, rollups.day(tenantId, day));
            today.put(tenantId, current);
        }
        return current.tallies();
    }

    private void tell(String tenantId, Map<Subject, Tally> changed, Instant causedAt) {
        try {
            listener.changed(tenantId, changed, causedAt);
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(RollupWriter.class).warn("Changed figures of {} not told: {}", tenantId, e.toString());
        }
    }

    void listen(TodayListener listener) {
        this.listener = listener == null ? (tenantId, changed, causedAt) -> { } : listener;
    }

    /** Runs work on the writer's thread (a time zone's change rebuilds the days there). */
    <T> T onThread(Callable<T> work) {
        Future<T> result = thread.submit(work);
        try {
            return result.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            result.cancel(true);
            throw new UnavailableException("The statistics were stopped", 5);
        } catch (TimeoutException e) {
            throw new UnavailableException("The statistics are busy; try again", 5);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Forgets what it holds of the tenant (its zone changed, it was erased). Writer thread. */
    void forget(String tenantId) {
        today.remove(tenantId);
    }

    Instant now() {
        return clock.instant();
    }
}
