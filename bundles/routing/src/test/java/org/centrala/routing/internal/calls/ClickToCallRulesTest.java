package org.centrala.routing.internal.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.centrala.common.RateLimitedException;
import org.centrala.common.ValidationException;
import org.junit.Test;

/** Issue 11, item 4: what click-to-call lets through to the PBX, and how often. */
public class ClickToCallRulesTest {

    @Test
    public void onlyDigitsReachThePbxNeverAChannelApplicationOrData() {
        assertThat(ClickToCall.digits(" +381 (64) 123-90.11 ")).isEqualTo("+381641239011");
        assertThat(ClickToCall.digits("302")).isEqualTo("302");
        // CVE-2024-42365: Originate with a client's channel, application or data string.
        for (String bad : List.of("PJSIP/evil", "Local/100@default", "100,Exec(System(id))", "1&2", "${SHELL(id)}", "+",
                "1", "123456789012345678901")) {
            assertThatThrownBy(() -> ClickToCall.digits(bad)).as(bad).isInstanceOf(ValidationException.class)
                    .satisfies(e -> assertThat(((ValidationException) e).errors().get(0).field()).isEqualTo("destination"));
        }
        assertThatThrownBy(() -> ClickToCall.digits(null)).hasMessageContaining("is required");
    }

    @Test
    public void aUserPlacesAtMostTheLimitInASlidingMinute() {
        AtomicLong now = new AtomicLong(Instant.parse("2026-12-06T10:00:00Z").toEpochMilli());
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return Instant.ofEpochMilli(now.get());
            }
        };
        CallRate rate = new CallRate(clock, 2);
        rate.admit("ana");
        now.addAndGet(20_000);
        rate.admit("ana");
        rate.admit("bo");
        assertThatThrownBy(() -> rate.admit("ana")).isInstanceOf(RateLimitedException.class)
                .satisfies(e -> assertThat(((RateLimitedException) e).retryAfterSeconds()).isEqualTo(40));

        now.addAndGet(40_000);
        rate.admit("ana");
        rate.perMinute(5);
        rate.admit("ana");
        rate.admit("ana");
    }
}
