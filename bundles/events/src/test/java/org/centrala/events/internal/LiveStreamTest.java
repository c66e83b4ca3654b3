package org.centrala.events.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.centrala.directory.CallParty;
import org.centrala.directory.CallPartyResolver;
import org.centrala.directory.UserType;
import org.centrala.pbx.CallTopics;
import org.centrala.queues.AgentTopics;
import org.junit.After;
import org.junit.Test;
import org.osgi.service.event.Event;

/**
 * Issue 12, item 3: each subscriber of a tenant's stream gets what its REST reads show (R6, R18),
 * in order; a reconnecting one what it missed, or a resync; a slow one is cut off without holding
 * up the stream or the others.
 */
public class LiveStreamTest {
    private static final String T = "tenant-1";
    private final EventHub hub = new EventHub(config(5, 10));

    {
        hub.bindResolver(new Phones());
    }

    @After
    public void stop() {
        hub.deactivate();
    }

    private static final Visibility ADMIN = new Visibility("admin", true, true, Set.of());
    private static final Visibility SUPERVISOR_OF_A = new Visibility("sup", false, false, Set.of("dept-a"));
    private static final Visibility AGENT_ANA = new Visibility("ana", false, false, Set.of());

    @Test
    public void eachSubscriberSeesWhatItsRestReadsShow() throws Exception {
        Subscription admin = hub.subscribe(T, ADMIN, Set.of(), null);
        Subscription supervisor = hub.subscribe(T, SUPERVISOR_OF_A, Set.of(), null);
        Subscription ana = hub.subscribe(T, AGENT_ANA, Set.of(), null);
        Subscription other = hub.subscribe("tenant-2", ADMIN, Set.of(), null);

        hub.handleEvent(new Event(CallTopics.STARTED, Map.of(CallTopics.TENANT_ID, T, CallTopics.PBX_CALL_ID, "c1",
                CallTopics.FROM, "+38164111", CallTopics.TO, "600", CallTopics.STARTED_AT, 1000L)));
        hub.handleEvent(ringing("PJSIP/sip-ana"));
        hub.handleEvent(new Event(CallTopics.ANSWERED, Map.of(CallTopics.PBX_CALL_ID, "c1", CallTopics.DEVICE, "PJSIP/sip-ana",
                CallTopics.ANSWERED_AT, 2000L)));
        hub.handleEvent(ended("c1", "ana", "dept-a", "CONTACT_CENTRE"));
        hub.handleEvent(ended("c2", "bo", "dept-a", "BACK_OFFICE"));
        hub.handleEvent(ended("c3", "ivo", "dept-b", "CONTACT_CENTRE"));
        hub.handleEvent(new Event(AgentTopics.STATE, Map.of(AgentTopics.TENANT_ID, T, AgentTopics.USER_ID, "ana",
                AgentTopics.DEPARTMENT_ID, "dept-a", AgentTopics.STATE_NAME, "WRAP_UP", AgentTopics.AT, 4000L)));

        assertThat(types(admin)).containsExactly("call.started", "call.ringing", "call.answered", "call.ended c1", "call.ended c2",
                "call.ended c3", "agent.state");
        assertThat(types(supervisor)).as("R18, and R6: no back-office call, no call of nobody")
                .containsExactly("call.ringing", "call.answered", "call.ended c1", "agent.state");
        assertThat(types(ana)).as("an agent sees its own").containsExactly("call.ringing", "call.answered", "call.ended c1",
                "agent.state");
        assertThat(types(other)).as("R1").isEmpty();
    }

    @Test
    public void aPhoneSeenBeforeTheDirectoryWasBoundIsAskedForAgainOnceItIs() {
        EventHub early = new EventHub(config(16, 10));
        Subscription admin = early.subscribe(T, ADMIN, Set.of(), null);
        early.handleEvent(ringing("PJSIP/sip-ana"));
        assertThat(types(admin)).as("whose phone it is is not known yet").isEmpty();
        early.bindResolver(new Phones());
        early.handleEvent(ringing("PJSIP/sip-ana"));
        early.handleEvent(ringing("PJSIP/+38164123456@trunk"));
        assertThat(types(admin)).as("a mobile through the trunk is nobody's phone").containsExactly("call.ringing");
        early.deactivate();
    }

    @Test
    public void aReconnectingSubscriberGetsWhatItMissedOrAResyncWhenTheBufferNoLongerHasIt() throws Exception {
        Subscription first = hub.subscribe(T, ADMIN, Set.of(), null);
        for (int i = 1; i <= 3; i++) {
            hub.handleEvent(ended("c" + i, "ana", "dept-a", "CONTACT_CENTRE"));
        }
        List<LiveEvent> got = drain(first);
        hub.unsubscribe(T, first);
        String lastSeen = got.get(1).id(); // it lost the connection after c2
        hub.handleEvent(ended("c4", "ana", "dept-a", "CONTACT_CENTRE"));

        Subscription again = hub.subscribe(T, ADMIN, Set.of(), lastSeen);
        assertThat(types(again)).containsExactly("call.ended c3", "call.ended c4");

        for (int i = 5; i <= 30; i++) {
            hub.handleEvent(ended("c" + i, "ana", "dept-a", "CONTACT_CENTRE"));
        }
        Subscription late = hub.subscribe(T, ADMIN, Set.of(), lastSeen);
        assertThat(types(late)).as("a buffer of 16 (the least): c2 is long gone").startsWith("resync");
        Subscription ofAnotherRun = hub.subscribe(T, ADMIN, Set.of(), "k0zz.3");
        assertThat(types(ofAnotherRun)).containsExactly("resync");
        Subscription filtered = hub.subscribe(T, ADMIN, Set.of("agent.state"), null);
        hub.handleEvent(ended("c31", "ana", "dept-a", "CONTACT_CENTRE"));
        assertThat(types(filtered)).isEmpty();
    }

    @Test
    public void aSlowSubscriberIsCutOffAndNeitherTheStreamNorAnotherWaitsForIt() throws Exception {
        EventHub small = new EventHub(config(100, 3, 16));
        Subscription slow = small.subscribe(T, ADMIN, Set.of(), null);
        Subscription quick = small.subscribe(T, ADMIN, Set.of(), null);
        long started = System.nanoTime();
        for (int i = 0; i < 50; i++) {
            small.handleEvent(ended("c" + i, "ana", "dept-a", "CONTACT_CENTRE"));
            drain(quick);
        }
        assertThat(System.nanoTime() - started).as("never waited").isLessThan(2_000_000_000L);
        assertThat(slow.overflowed()).isTrue();
        assertThat(quick.overflowed()).isFalse();

        List<String> written = new ArrayList<>();
        EventPump.pump(slow, 10, 10, collecting(written), event -> utf8("id: " + event.id() + "\n\n"));
        assertThat(written).hasSize(1);
        assertThat(written.get(0)).as("what was queued goes first, then the notice").startsWith("id: ")
                .endsWith(": disconnected, too far behind; reconnect with Last-Event-ID\n\n");
        String lastSent = written.get(0).lines().filter(line -> line.startsWith("id: ")).reduce((a, b) -> b).orElseThrow().substring(4);
        Subscription back = small.subscribe(T, ADMIN, Set.of(), lastSent);
        assertThat(types(back)).as("the buffer (100) still holds what it missed").doesNotContain("resync").isNotEmpty();
        small.deactivate();
    }

    @Test
    public void theNodesLimitOfOpenStreamsIsAClearRefusalAndAClosedStreamFreesItsPlace() {
        EventHub three = new EventHub(config(5, 3));
        List<Subscription> open = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            open.add(three.subscribe(T, ADMIN, Set.of(), null));
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> three.subscribe(T, ADMIN, Set.of(), null))
                .isInstanceOf(org.centrala.common.UnavailableException.class).hasMessageContaining("maxSubscribers");
        three.unsubscribe(T, open.get(0));
        assertThat(three.subscribe(T, ADMIN, Set.of(), null)).isNotNull();
        three.deactivate();
    }

    @Test
    public void aSubscriptionWhoseConnectionNeverStartedIsSweptAndFreesItsPlace() throws Exception {
        EventHub one = new EventHub(config(16, 1));
        Subscription headOnly = one.subscribe(T, ADMIN, Set.of(), null);
        assertThat(headOnly.abandoned(0)).isTrue();
        one.sweep(); // 30 s have not passed: kept
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> one.subscribe(T, ADMIN, Set.of(), null))
                .isInstanceOf(org.centrala.common.UnavailableException.class);
        headOnly.started();
        assertThat(headOnly.abandoned(0)).as("once written to, never swept").isFalse();
        one.deactivate();
    }

    /**
     * A quiet stream's event is written at once; what comes within the write interval after it waits
     * and goes in one write, so a busy stream wakes its subscriber's thread once per interval, not per event.
     */
    @Test
    public void aBusyStreamGathersWhatComesWithinTheWriteIntervalIntoOneWrite() throws Exception {
        Subscription subscription = hub.subscribe(T, ADMIN, Set.of(), null);
        List<String> written = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<Long> writtenAt = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread pump = new Thread(() -> {
            try {
                EventPump.pump(subscription, 1_000, 300, collecting(text -> {
                    writtenAt.add(System.nanoTime());
                    written.add(text);
                }), event -> utf8("id: " + event.id() + "\n\n"));
            } catch (IOException | InterruptedException e) {
                written.add("failed: " + e);
            }
        });
        pump.start();
        hub.handleEvent(ended("first", "ana", "dept-a", "CONTACT_CENTRE"));
        awaitTrue(() -> written.size() == 1);
        for (int i = 0; i < 10; i++) { // fewer than the subscriber's queue (16 with this hub's buffer)
            hub.handleEvent(ended("c" + i, "ana", "dept-a", "CONTACT_CENTRE"));
        }
        awaitTrue(() -> written.size() == 2);

        assertThat(written.get(0).split("\n\n")).as("the quiet stream's event alone").hasSize(1);
        assertThat(written.get(1).split("\n\n")).as("the ten that came meanwhile, together").hasSize(10);
        assertThat(writtenAt.get(1) - writtenAt.get(0)).as("not before the interval").isGreaterThanOrEqualTo(300_000_000L);
        hub.deactivate();
        pump.join(5_000);
        assertThat(pump.isAlive()).isFalse();
    }

    @Test
    public void aQuietStreamSendsKeepAlivesAndEndsWhenTheHubStops() throws Exception {
        Subscription quiet = hub.subscribe(T, ADMIN, Set.of(), null);
        List<String> written = new ArrayList<>();
        Thread pump = new Thread(() -> {
            try {
                EventPump.pump(quiet, 5, 10, collecting(written), event -> utf8("event\n\n"));
            } catch (IOException | InterruptedException e) {
                written.add("failed: " + e);
            }
        });
        pump.start();
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (written.isEmpty() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        hub.deactivate();
        pump.join(5_000);
        assertThat(pump.isAlive()).as("the stream ended with the hub").isFalse();
        assertThat(written).isNotEmpty().allMatch(": keep-alive\n\n"::equals);
    }

    private static Event ringing(String device) {
        return new Event(CallTopics.RINGING, Map.of(CallTopics.PBX_CALL_ID, "c1", CallTopics.DEVICE, device,
                CallTopics.RINGING_AT, 1500L));
    }

    private static Event ended(String callId, String userId, String department, String userType) {
        Map<String, Object> p = new HashMap<>();
        p.put(CallTopics.TENANT_ID, T);
        p.put(CallTopics.PBX_CALL_ID, callId);
        p.put(CallTopics.USER_ID, userId);
        p.put(CallTopics.DEPARTMENT_ID, department);
        p.put("userType", userType);
        p.put(CallTopics.STARTED_AT, 1000L);
        p.put(CallTopics.ENDED_AT, 3000L);
        p.put(CallTopics.DISPOSITION, "ANSWERED");
        return new Event(CallTopics.ENDED, p);
    }

    private static List<LiveEvent> drain(Subscription subscription) {
        List<LiveEvent> events = new ArrayList<>();
        subscription.drainTo(events, 1000);
        return events;
    }

    private static List<String> types(Subscription subscription) {
        return drain(subscription).stream().map(e -> e.type().equals("call.ended") ? e.type() + " " + e.data().get(CallTopics.PBX_CALL_ID)
                : e.type()).toList();
    }

    private static EventsConfig config(int buffered, int maxSubscribers) {
        return config(buffered, maxSubscribers, 1000);
    }

    private static EventsConfig config(int buffered, int maxSubscribers, int queue) {
        return new EventsConfig() {
            @Override
            public int bufferedEvents() {
                return buffered;
            }

            @Override
            public int subscriberQueue() {
                return queue;
            }

            @Override
            public int maxSubscribers() {
                return maxSubscribers;
            }

            @Override
            public int keepAliveSeconds() {
                return 15;
            }

            @Override
            public int writeIntervalMillis() {
                return 25;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return EventsConfig.class;
            }
        };
    }

    /** Ana's phone, of department A. */
    private static final class Phones implements CallPartyResolver {
        @Override
        public Optional<CallParty> bySipUsername(String sipUsername) {
            return "sip-ana".equals(sipUsername) ? Optional.of(new CallParty(T, "device-ana", "ana", UserType.CONTACT_CENTRE, "dept-a"))
                    : Optional.empty();
        }

        @Override
        public Optional<CallParty> byMobileNumber(java.util.Collection<String> tenantIds, String e164Number) {
            return Optional.empty();
        }
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 10 s").isLessThan(deadline);
            java.util.concurrent.locks.LockSupport.parkNanos(1_000_000L);
        }
    }

    /** Each write of the stream (what was written until a flush) as one text. */
    private static EventPump.Sink collecting(List<String> written) {
        return collecting(written::add);
    }

    private static EventPump.Sink collecting(java.util.function.Consumer<String> writes) {
        return new EventPump.Sink() {
            private final java.io.ByteArrayOutputStream pending = new java.io.ByteArrayOutputStream();

            @Override
            public void write(byte[] frame) {
                pending.writeBytes(frame);
            }

            @Override
            public void flush() {
                writes.accept(pending.toString(java.nio.charset.StandardCharsets.UTF_8));
                pending.reset();
            }
        };
    }

    private static byte[] utf8(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
