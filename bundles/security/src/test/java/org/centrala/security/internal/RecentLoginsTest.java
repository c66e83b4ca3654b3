package org.centrala.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.centrala.common.AccessRole;
import org.centrala.common.DataScope;
import org.centrala.common.Caller;
import org.centrala.common.CallerKind;
import org.junit.Before;
import org.junit.Test;

public class RecentLoginsTest {
    private static final Caller ALICE = new Caller("user:alice", CallerKind.TENANT_USER, "reseller-1", "tenant-1", "user-1",
            Set.of(AccessRole.SUPERVISOR), Set.of("dashboard"), DataScope.DEPARTMENTS, Set.of("department-1"));
    private static final Caller ADMIN = Caller.resellerAdmin("admin@example.com", "reseller-1");

    private MutableClock clock;
    private RecentLogins recent;

    @Before
    public void newCache() {
        clock = new MutableClock(Instant.parse("2030-03-10T12:00:00Z"));
        recent = new RecentLogins(clock);
    }

    @Test
    public void remembersACallerForTheSameNameAndPasswordWithinTheTtl() {
        assertThat(recent.find("alice", "correct horse battery", "g1")).isEmpty();
        recent.remember("alice", "correct horse battery", ALICE, "g1");
        assertThat(recent.find("alice", "correct horse battery", "g1")).contains(ALICE);
        clock.advance(RecentLogins.TTL.minusMillis(1));
        assertThat(recent.find("alice", "correct horse battery", "g1")).contains(ALICE);
    }

    @Test
    public void doesNotAnswerForAnotherPasswordOrName() {
        recent.remember("alice", "correct horse battery", ALICE, "g1");
        assertThat(recent.find("alice", "wrong horse battery", "g1")).isEmpty();
        assertThat(recent.find("alice", "", "g1")).isEmpty();
        assertThat(recent.find("bob", "correct horse battery", "g1")).isEmpty();
        // Name and password are kept apart: moving characters across the boundary is another log-in.
        assertThat(recent.find("alicec", "orrect horse battery", "g1")).isEmpty();
        assertThat(recent.find("alic", "ecorrect horse battery", "g1")).isEmpty();
    }

    @Test
    public void forgetsAfterTheTtl() {
        recent.remember("alice", "correct horse battery", ALICE, "g1");
        clock.advance(RecentLogins.TTL);
        assertThat(recent.find("alice", "correct horse battery", "g1")).isEmpty();
        clock.advance(Duration.ofHours(1));
        assertThat(recent.find("alice", "correct horse battery", "g1")).isEmpty();
    }

    @Test
    public void rememberingAgainRestartsTheTtl() {
        recent.remember("alice", "correct horse battery", ALICE, "g1");
        clock.advance(Duration.ofMinutes(6));
        recent.remember("alice", "correct horse battery", ALICE, "g1");
        clock.advance(Duration.ofMinutes(6));
        assertThat(recent.find("alice", "correct horse battery", "g1")).contains(ALICE);
    }

    @Test
    public void anotherStampVoidsWhatWasRemembered() {
        recent.remember("alice", "correct horse battery", ALICE, "g1");
        recent.remember("admin@example.com", "another long password", ADMIN, "g1");
        assertThat(recent.find("admin@example.com", "another long password", "g1")).contains(ADMIN);
        // A change to what callers may do (a new generation, the operators' file rewritten): re-checked at once.
        assertThat(recent.find("alice", "correct horse battery", "g2")).isEmpty();
        assertThat(recent.find("admin@example.com", "another long password", "g2")).isEmpty();
        recent.remember("alice", "correct horse battery", ALICE, "g2");
        assertThat(recent.find("alice", "correct horse battery", "g2")).contains(ALICE);
    }

    @Test
    public void concurrentRequestsWithTheSameCredentialsShareOneCheck() throws Exception {
        java.util.concurrent.CountDownLatch checking = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger checks = new java.util.concurrent.atomic.AtomicInteger();
        java.util.function.Supplier<java.util.Optional<Caller>> slowCheck = () -> {
            checks.incrementAndGet();
            checking.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return java.util.Optional.of(ALICE);
        };
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.concurrent.Future<java.util.Optional<Caller>> first = pool.submit(
                    () -> recent.findOrCheck("alice", "correct horse battery", "g1", slowCheck));
            checking.await();
            java.util.List<java.util.concurrent.Future<java.util.Optional<Caller>>> others = new java.util.ArrayList<>();
            for (int i = 0; i < 3; i++) {
                others.add(pool.submit(() -> recent.findOrCheck("alice", "correct horse battery", "g1", slowCheck)));
            }
            release.countDown();
            assertThat(first.get()).contains(ALICE);
            for (java.util.concurrent.Future<java.util.Optional<Caller>> other : others) {
                assertThat(other.get()).contains(ALICE);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(checks).as("verifications for four requests").hasValue(1);
        assertThat(recent.find("alice", "correct horse battery", "g1")).contains(ALICE);
    }

    @Test
    public void aFailedCheckIsNotRemembered() {
        assertThat(recent.findOrCheck("alice", "wrong", "g1", java.util.Optional::empty)).isEmpty();
        assertThat(recent.findOrCheck("alice", "wrong", "g1", () -> java.util.Optional.of(ALICE))).as("checked again").contains(ALICE);
    }
}
