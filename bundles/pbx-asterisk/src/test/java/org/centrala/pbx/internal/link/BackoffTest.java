package org.centrala.pbx.internal.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.Test;

public class BackoffTest {

    @Test
    public void delaysDoubleUpToTheMaximumWithinTwentyPercentJitter() {
        Backoff backoff = new Backoff(1_000, 60_000);
        long[] bases = {1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000, 60_000};
        for (long base : bases) {
            assertThat(backoff.nextDelayMillis()).isBetween(Math.round(base * 0.8), Math.round(base * 1.2));
        }
    }

    @Test
    public void jitterSpreadsLinksThatFailedTogether() {
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int i = 0; i < 200; i++) {
            long delay = new Backoff(10_000, 60_000).nextDelayMillis();
            min = Math.min(min, delay);
            max = Math.max(max, delay);
        }
        assertThat(max - min).as("200 links' first retries spread over the ±20 % window").isGreaterThan(2_000);
    }

    @Test
    public void aSuccessfulConnectStartsOverFromTheFirstDelay() {
        Backoff backoff = new Backoff(1_000, 60_000);
        for (int i = 0; i < 6; i++) {
            backoff.nextDelayMillis();
        }
        backoff.reset();
        assertThat(backoff.nextDelayMillis()).isBetween(800L, 1_200L);
    }
}
