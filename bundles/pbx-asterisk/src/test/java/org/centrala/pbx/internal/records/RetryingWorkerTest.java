package org.centrala.pbx.internal.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.Test;

public class RetryingWorkerTest {

    @Test
    public void aFailingItemIsRetriedUntilItIsDoneAndLaterItemsWaitTheirTurn() {
        List<String> done = new CopyOnWriteArrayList<>();
        AtomicInteger outage = new AtomicInteger(2);
        RetryingWorker<String> worker = new RetryingWorker<>("test", 10, 5, 20, Duration.ofSeconds(5), e -> true, item -> {
            if (item.equals("first") && outage.getAndDecrement() > 0) {
                throw new IllegalStateException("database away");
            }
            done.add(item);
        });
        worker.submit("first");
        worker.submit("second");

        assertThat(worker.close()).as("nothing given up").isEmpty();
        assertThat(done).containsExactly("first", "second");
        assertThat(worker.retries()).isEqualTo(2);
    }

    @Test
    public void submittingNeverWaitsAndAFullQueueGivesTheItemUp() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        RetryingWorker<Integer> worker = new RetryingWorker<>("test", 2, 5, 20, Duration.ofSeconds(5), e -> true, item -> {
            started.countDown();
            await(release);
        });
        assertThat(worker.submit(1)).isTrue();
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(worker.submit(2)).isTrue();
        assertThat(worker.submit(3)).isTrue();
        assertThat(worker.submit(4)).as("queue of 2 full").isFalse();
        release.countDown();
        assertThat(worker.close()).isEmpty();
    }

    @Test
    public void closingGivesUpWhatCannotBeDoneWithinTheGraceAndSaysWhich() {
        RetryingWorker<String> worker = new RetryingWorker<>("test", 10, 5, 20, Duration.ofMillis(200), e -> true, item -> {
            throw new IllegalStateException("database away for good");
        });
        worker.submit("a");
        worker.submit("b");

        assertThat(worker.close()).containsExactlyInAnyOrder("a", "b");
        assertThat(worker.submit("c")).as("closed").isFalse();
    }

    @Test
    public void aFailureThatWillNotPassGivesThatItemUpAtOnceAndTheQueueMovesOn() {
        List<String> done = new CopyOnWriteArrayList<>();
        RetryingWorker<String> worker = new RetryingWorker<>("test", 10, 5, 20, Duration.ofSeconds(5),
                e -> !(e instanceof IllegalArgumentException), item -> {
                    if (item.equals("too long")) {
                        throw new IllegalArgumentException("value too long for its column");
                    }
                    done.add(item);
                });
        worker.submit("too long");
        worker.submit("next");

        assertThat(worker.close()).isEmpty();
        assertThat(done).containsExactly("next");
        assertThat(worker.retries()).isZero();
        assertThat(worker.givenUp()).isEqualTo(1);
    }

    @Test
    public void onlyFailuresOfAnUnreachableOrBusyDatabaseAreTransient() {
        assertThat(TransientFailures.isTransient(wrapped(new java.sql.SQLException("gone", "08006")))).isTrue();
        assertThat(TransientFailures.isTransient(wrapped(new java.sql.SQLException("deadlock", "40001")))).isTrue();
        assertThat(TransientFailures.isTransient(wrapped(new java.sql.SQLException("pool timeout")))).isTrue();
        assertThat(TransientFailures.isTransient(new org.centrala.common.UnavailableException("The directory is away", 1)))
                .as("a bundle being updated").isTrue();
        assertThat(TransientFailures.isTransient(wrapped(new java.sql.SQLException("truncation", "22001")))).isFalse();
        assertThat(TransientFailures.isTransient(new NullPointerException("a bug"))).isFalse();
    }

    private static RuntimeException wrapped(java.sql.SQLException e) {
        return new org.centrala.persistence.DataAccessException("database error", e);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
