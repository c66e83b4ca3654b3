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
        RetryingWorker<String> worker = new RetryingWorker<>("test", 10, 5, 20, Duration.ofSeconds(5), item -> {
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
        RetryingWorker<Integer> worker = new RetryingWorker<>("test", 2, 5, 20, Duration.ofSeconds(5), item -> {
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
        RetryingWorker<String> worker = new RetryingWorker<>("test", 10, 5, 20, Duration.ofMillis(200), item -> {
            throw new IllegalStateException("database away for good");
        });
        worker.submit("a");
        worker.submit("b");

        assertThat(worker.close()).containsExactlyInAnyOrder("a", "b");
        assertThat(worker.submit("c")).as("closed").isFalse();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
