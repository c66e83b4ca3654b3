package org.centrala.pbx.internal.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.asteriskjava.manager.event.ManagerEvent;
import org.centrala.directory.CallParty;
import org.centrala.directory.CallPartyResolver;
import org.centrala.directory.UserType;
import org.centrala.pbx.CallTopics;
import org.centrala.pbx.LinkState;
import org.centrala.pbx.internal.model.AmiEvents;
import org.centrala.pbx.internal.records.CallAttribution;
import org.centrala.tenancy.PbxAccount;
import org.centrala.testpbx.TestPbx;
import org.centrala.testpbx.internal.TestPbxServer;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * One link over real TCP to the test PBX (time scale 1/1000): its reconnects keep the call model,
 * so a call that talks through them is recorded once, as it happened.
 */
public class AmiLinkTest {
    private final List<Event> posted = new CopyOnWriteArrayList<>();
    /** What the link hands the call-record store (a sink that keeps the records). */
    private final List<org.centrala.pbx.CallRecord> handedOver = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final EndedCallJournal journal = new EndedCallJournal(1_000, java.time.Duration.ofMinutes(1),
            java.time.Clock.systemUTC());

    {
        journal.bind("call-records", call -> handedOver.add(call.record()), -1);
    }
    private TestPbxServer pbx;
    private AmiLink link;

    @Before
    public void start() {
        pbx = new TestPbxServer("127.0.0.1", 0, "centrala", "secret", 0.001).start();
    }

    @After
    public void stop() {
        if (link != null) {
            link.close();
        }
        journal.close(java.time.Duration.ofSeconds(1), false);
        pbx.close();
    }

    @Test
    public void aChangedSecretLogsInAgainAndTheCallTalkingThroughItIsRecordedOnceAsItHappened() throws Exception {
        link = link(account("secret"));
        awaitState(LinkState.CONNECTED, 1);
        TestPbx.CallRun call = pbx.internalCall("2001", "2002", Duration.ofMinutes(80)); // 4.8 s scaled
        call.answered().get(5, TimeUnit.SECONDS);

        link.change(List.of(account("a typo")));
        awaitState(LinkState.AUTHENTICATION_FAILED, 1);
        link.change(List.of(account("secret")));
        awaitState(LinkState.CONNECTED, 2);
        call.finished().get(10, TimeUnit.SECONDS);

        Event ended = awaitEnded(call.linkedId());
        assertThat(ended.getProperty(CallTopics.END_INFERRED)).as("its hang-up was seen").isEqualTo(false);
        assertThat(ended.getProperty(CallTopics.DIRECTION)).isEqualTo("INTERNAL");
        assertThat(ended.getProperty(CallTopics.ANSWERED_AT)).as("the answer seen before the reconnects").isNotNull();
        assertThat(ended.getProperty(CallTopics.USER_ID)).isEqualTo("user-2001");
        assertThat(endedEvents(call.linkedId())).as("recorded once").hasSize(1);
        awaitHandedOver(call.linkedId());
        assertThat(handedOver).as("handed to the call-record store once").filteredOn(r -> r.pbxCallId().equals(call.linkedId())).hasSize(1);
    }

    @Test
    public void aCallThatEndedWhileTheLinkWasDownIsClosedOnceAtTheReconnect() throws Exception {
        link = link(account("secret"));
        awaitState(LinkState.CONNECTED, 1);
        TestPbx.CallRun call = pbx.internalCall("2001", "2002", Duration.ofSeconds(500)); // 0.5 s scaled
        call.answered().get(5, TimeUnit.SECONDS);

        link.change(List.of(account("a typo")));
        awaitState(LinkState.AUTHENTICATION_FAILED, 1);
        call.finished().get(10, TimeUnit.SECONDS);
        link.change(List.of(account("secret")));
        awaitState(LinkState.CONNECTED, 2);

        Event ended = awaitEnded(call.linkedId());
        assertThat(ended.getProperty(CallTopics.END_INFERRED)).isEqualTo(true);
        assertThat(ended.getProperty(CallTopics.USER_ID)).isEqualTo("user-2001");
        assertThat(endedEvents(call.linkedId())).hasSize(1);
    }

    private AmiLink link(PbxAccount account) {
        CallAttribution attribution = new CallAttribution(new Directory());
        LinkSettings settings = new LinkSettings(2, 10_000, 20, 200, 60_000, 2_000, 2_000, Map.of());
        List<Class<? extends ManagerEvent>> classes = new ArrayList<>(AmiEvents.CONSUMED);
        AmiLink created = new AmiLink(LinkKey.of(account), List.of(account), settings, classes,
                (Supplier<Map<String, String>> contexts) -> new LinkCallListener(LinkKey.of(account), contexts, attribution,
                        new Recorder(), journal::append));
        created.start();
        return created;
    }

    private PbxAccount account(String secret) {
        return new PbxAccount("tenant-1", "127.0.0.1", pbx.port(), "centrala", secret, "default");
    }

    private void awaitState(LinkState state, long connects) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (link.status().state() != state || link.status().connects() != connects) {
            assertThat(System.nanoTime()).as("link " + state + " after " + connects + " connects; now "
                    + link.status()).isLessThan(deadline);
            Thread.onSpinWait();
        }
    }

    private Event awaitEnded(String pbxCallId) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (endedEvents(pbxCallId).isEmpty()) {
            assertThat(System.nanoTime()).as("call " + pbxCallId + " recorded").isLessThan(deadline);
            Thread.onSpinWait();
        }
        return endedEvents(pbxCallId).get(0);
    }

    private void awaitHandedOver(String pbxCallId) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (handedOver.stream().noneMatch(r -> r.pbxCallId().equals(pbxCallId))) {
            assertThat(System.nanoTime()).as("call " + pbxCallId + " handed over").isLessThan(deadline);
            Thread.onSpinWait();
        }
    }

    private List<Event> endedEvents(String pbxCallId) {
        return posted.stream().filter(e -> e.getTopic().equals(CallTopics.ENDED)
                && pbxCallId.equals(e.getProperty(CallTopics.PBX_CALL_ID))).toList();
    }

    /** Keeps what the link posts (EventAdmin itself is exercised on the real distribution). */
    private final class Recorder implements EventAdmin {
        @Override
        public void postEvent(Event event) {
            posted.add(event);
        }

        @Override
        public void sendEvent(Event event) {
            posted.add(event);
        }
    }

    /** The test PBX's phones 2001 and 2002 are tenant-1's devices. */
    private static final class Directory implements CallPartyResolver {
        @Override
        public Optional<CallParty> bySipUsername(String sip) {
            return sip.equals("2001") || sip.equals("2002")
                    ? Optional.of(new CallParty("tenant-1", "device-" + sip, "user-" + sip, UserType.CONTACT_CENTRE,
                    null))
                    : Optional.empty();
        }

        @Override
        public Optional<CallParty> byMobileNumber(Collection<String> tenants, String number) {
            return Optional.empty();
        }
    }
}
