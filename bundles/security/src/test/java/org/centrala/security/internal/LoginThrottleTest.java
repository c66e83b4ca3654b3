package org.centrala.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.centrala.security.internal.Expect.thrown;

import java.time.Duration;
import java.time.Instant;

import org.centrala.web.LoginThrottledException;
import org.junit.Before;
import org.junit.Test;

public class LoginThrottleTest {
    private static final int FREE = 3;
    private static final Duration MAX_DELAY = Duration.ofSeconds(60);

    private MutableClock clock;
    private LoginThrottle throttle;

    @Before
    public void newThrottle() {
        clock = new MutableClock(Instant.parse("2030-03-10T12:00:00Z"));
        throttle = new LoginThrottle(clock, FREE, MAX_DELAY);
    }

    private void assertFree(String... keys) {
        assertThatCode(() -> throttle.check(keys)).doesNotThrowAnyException();
    }

    private long retryAfter(String... keys) {
        return thrown(LoginThrottledException.class, () -> throttle.check(keys)).retryAfterSeconds();
    }

    private void fail(String key, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(key);
        }
    }

    @Test
    public void noDelayUpToTheFreeFailures() {
        assertFree("name:alice");
        for (int i = 1; i <= FREE; i++) {
            throttle.failed("name:alice");
            assertFree("name:alice");
        }
    }

    @Test
    public void delaysDoubleAfterTheFreeFailures() {
        fail("name:alice", FREE);
        long[] expected = {1, 2, 4, 8, 16, 32};
        for (long seconds : expected) {
            throttle.failed("name:alice");
            assertThat(retryAfter("name:alice")).as("after %s s of delay", seconds).isEqualTo(seconds);
            clock.advance(Duration.ofSeconds(seconds).minusMillis(1));
            assertThat(retryAfter("name:alice")).as("a millisecond before the end").isEqualTo(1);
            clock.advance(Duration.ofMillis(1));
            assertFree("name:alice");
        }
    }

    @Test
    public void delayIsCappedAtMaxDelay() {
        fail("name:alice", FREE + 6); // 1, 2, 4, 8, 16, 32 s
        throttle.failed("name:alice"); // 64 s would exceed 60 s
        assertThat(retryAfter("name:alice")).isEqualTo(60);
        clock.advance(MAX_DELAY);
        assertFree("name:alice");

        fail("name:alice", 50); // far past any shift width
        assertThat(retryAfter("name:alice")).isEqualTo(60);
        clock.advance(MAX_DELAY.minusSeconds(1));
        assertThat(retryAfter("name:alice")).isEqualTo(1);
        clock.advance(Duration.ofSeconds(1));
        assertFree("name:alice");
    }

    @Test
    public void exceptionCarriesRetryAfterSeconds() {
        fail("name:alice", FREE + 3); // 4 s
        clock.advance(Duration.ofMillis(1500));
        LoginThrottledException e = thrown(LoginThrottledException.class, () -> throttle.check("name:alice"));
        assertThat(e.retryAfterSeconds()).isEqualTo(2); // 2.5 s left, rounded down, never below 1
        assertThat(e).hasMessageContaining("2 s");
    }

    @Test
    public void successClearsTheName() {
        fail("name:alice", FREE + 2);
        assertThat(retryAfter("name:alice")).isEqualTo(2);
        throttle.succeeded("name:alice");
        assertFree("name:alice");
        // Its count starts again from zero: the free failures are free again.
        fail("name:alice", FREE);
        assertFree("name:alice");
        throttle.failed("name:alice");
        assertThat(retryAfter("name:alice")).isEqualTo(1);
    }

    @Test
    public void keysAreIndependent() {
        fail("name:alice", FREE + 1);
        assertThat(retryAfter("name:alice")).isEqualTo(1);
        assertFree("name:bob");
        assertFree("address:10.0.0.1");
        fail("name:bob", FREE);
        assertFree("name:bob");
        throttle.succeeded("name:bob");
        assertThat(retryAfter("name:alice")).isEqualTo(1);
    }

    @Test
    public void checkThrowsIfAnyKeyMustWaitAndFailedCountsEveryKey() {
        throttle.failed("name:alice", "address:10.0.0.1", null);
        fail("address:10.0.0.1", FREE);
        assertThat(retryAfter("name:bob", "address:10.0.0.1")).isEqualTo(1);
        assertThat(retryAfter(null, "address:10.0.0.1")).isEqualTo(1);
        assertFree("name:alice", null, "address:10.0.0.2");
        assertFree((String) null);
        throttle.succeeded(null);
    }

    @Test
    public void timePassingUnblocks() {
        fail("name:alice", FREE + 4); // 8 s
        assertThat(retryAfter("name:alice")).isEqualTo(8);
        clock.advance(Duration.ofSeconds(5));
        assertThat(retryAfter("name:alice")).isEqualTo(3);
        clock.advance(Duration.ofSeconds(3));
        assertFree("name:alice");
        // The count is remembered: the next failure waits longer still.
        throttle.failed("name:alice");
        assertThat(retryAfter("name:alice")).isEqualTo(16);
    }

    @Test
    public void configureChangesTheLimits() {
        throttle.configure(0, Duration.ofSeconds(5));
        throttle.failed("name:alice");
        assertThat(retryAfter("name:alice")).isEqualTo(1);
        fail("name:alice", 5);
        assertThat(retryAfter("name:alice")).isEqualTo(5);
    }
}
