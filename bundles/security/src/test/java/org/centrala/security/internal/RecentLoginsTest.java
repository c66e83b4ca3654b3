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
        assertThat(recent.find("alice", "correct horse battery")).isEmpty();
        recent.remember("alice", "correct horse battery", ALICE);
        assertThat(recent.find("alice", "correct horse battery")).contains(ALICE);
        clock.advance(RecentLogins.TTL.minusMillis(1));
        assertThat(recent.find("alice", "correct horse battery")).contains(ALICE);
    }

    @Test
    public void doesNotAnswerForAnotherPasswordOrName() {
        recent.remember("alice", "correct horse battery", ALICE);
        assertThat(recent.find("alice", "wrong horse battery")).isEmpty();
        assertThat(recent.find("alice", "")).isEmpty();
        assertThat(recent.find("bob", "correct horse battery")).isEmpty();
        // Name and password are kept apart: moving characters across the boundary is another log-in.
        assertThat(recent.find("alicec", "orrect horse battery")).isEmpty();
        assertThat(recent.find("alic", "ecorrect horse battery")).isEmpty();
    }

    @Test
    public void forgetsAfterTheTtl() {
        recent.remember("alice", "correct horse battery", ALICE);
        clock.advance(RecentLogins.TTL);
        assertThat(recent.find("alice", "correct horse battery")).isEmpty();
        clock.advance(Duration.ofHours(1));
        assertThat(recent.find("alice", "correct horse battery")).isEmpty();
    }

    @Test
    public void rememberingAgainRestartsTheTtl() {
        recent.remember("alice", "correct horse battery", ALICE);
        clock.advance(Duration.ofSeconds(20));
        recent.remember("alice", "correct horse battery", ALICE);
        clock.advance(Duration.ofSeconds(20));
        assertThat(recent.find("alice", "correct horse battery")).contains(ALICE);
    }

    @Test
    public void forgetAllForgetsEveryone() {
        recent.remember("alice", "correct horse battery", ALICE);
        recent.remember("admin@example.com", "another long password", ADMIN);
        assertThat(recent.find("admin@example.com", "another long password")).contains(ADMIN);
        recent.forgetAll();
        assertThat(recent.find("alice", "correct horse battery")).isEmpty();
        assertThat(recent.find("admin@example.com", "another long password")).isEmpty();
    }

    @Test
    public void ttlIsShort() {
        assertThat(RecentLogins.TTL).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1));
    }
}
