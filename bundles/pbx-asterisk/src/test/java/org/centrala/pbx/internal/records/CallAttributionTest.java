package org.centrala.pbx.internal.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.centrala.directory.CallParty;
import org.centrala.directory.CallPartyResolver;
import org.centrala.directory.UserType;
import org.centrala.pbx.CallDirection;
import org.centrala.pbx.CallDisposition;
import org.centrala.pbx.CallRecord;
import org.centrala.pbx.internal.model.CallSummary;
import org.centrala.pbx.internal.model.ChannelName;
import org.junit.Test;

/** Whose call it is: direction, user, device and disposition for each scenario (R5, R6, R11). */
public class CallAttributionTest {
    private static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");
    private static final CallParty DESK = new CallParty("acme", "desk-1", "ana", UserType.BACK_OFFICE, "sales");
    private static final CallParty MOBILE = new CallParty("acme", "mobile-1", "ana", UserType.BACK_OFFICE, "sales");
    private static final CallParty AGENT = new CallParty("acme", "phone-2", "bo", UserType.CONTACT_CENTRE, "care");
    private static final CallParty OTHER_TENANTS = new CallParty("globex", "phone-9", "eve", UserType.CONTACT_CENTRE,
            "x");
    private static final Map<String, String> ACME_ONLY = Map.of("acme-ctx", "acme");

    private final CallAttribution attribution = new CallAttribution(new CallPartyResolver() {
        @Override
        public Optional<CallParty> bySipUsername(String sipUsername) {
            return Optional.ofNullable(Map.of("sip-desk", DESK, "sip-agent", AGENT, "sip-eve", OTHER_TENANTS)
                    .get(sipUsername));
        }

        @Override
        public Optional<CallParty> byMobileNumber(Collection<String> tenants, String number) {
            return "+381641230001".equals(number) && tenants.contains("acme") ? Optional.of(MOBILE) : Optional.empty();
        }
    });

    @Test
    public void r5_inboundCallAnsweredOnTheMobileAfterTheDeskIsTheBackOfficeUsersOnTheMobile() {
        CallSummary.Leg desk = leg("PJSIP/sip-desk-00000002", "sip-desk");
        CallSummary.Leg mobile = leg("PJSIP/trunk-00000003", "trunk/+381641230001");
        CallRecord record = attribute(summary(trunkCaller(), List.of(desk, mobile), mobile, null, true));

        assertThat(record.direction()).isEqualTo(CallDirection.INBOUND);
        assertThat(record.userId()).isEqualTo("ana");
        assertThat(record.deviceId()).isEqualTo("mobile-1");
        assertThat(record.fromNumber()).isEqualTo("+381111000001");
        assertThat(record.toNumber()).isEqualTo("100");
        assertThat(record.disposition()).isEqualTo(CallDisposition.ANSWERED);
    }

    @Test
    public void anUnansweredInboundCallIsTheRungUsersMissedCall() {
        CallSummary.Leg desk = leg("PJSIP/sip-desk-00000002", "sip-desk");
        CallRecord record = attribute(summary(trunkCaller(), List.of(desk), null, null, false));

        assertThat(record.userId()).isEqualTo("ana");
        assertThat(record.deviceId()).isEqualTo("desk-1");
        assertThat(record.disposition()).isEqualTo(CallDisposition.NO_ANSWER);
    }

    @Test
    public void aQueueCallIsTheAnsweringAgentsAndAnAbandonedOneIsNobodys() {
        CallSummary.Leg local = leg("Local/500@queue-agents-00000004;1", null);
        CallSummary.Leg agent = leg("PJSIP/sip-agent-00000006", "sip-agent");
        CallRecord taken = attribute(summary(trunkCaller(), List.of(local, agent), agent, "support", true));
        CallRecord lost = attribute(summary(trunkCaller(), List.of(local, agent), null, "support", false));

        assertThat(taken.userId()).isEqualTo("bo");
        assertThat(taken.queue()).isEqualTo("support");
        assertThat(lost.userId()).isNull();
        assertThat(lost.disposition()).isEqualTo(CallDisposition.ABANDONED);
    }

    @Test
    public void clickToCallFromTheAgentsPhoneIsItsOutboundCall() {
        CallSummary.Leg phone = agentsPhoneDialling("+381111000005");
        CallSummary.Leg external = leg("PJSIP/trunk-00000008", "trunk/+381111000005");
        CallRecord record = attribute(summary(phone, List.of(external), external, null, true));

        assertThat(record.direction()).isEqualTo(CallDirection.OUTBOUND);
        assertThat(record.userId()).isEqualTo("bo");
        assertThat(record.toNumber()).isEqualTo("+381111000005");
    }

    @Test
    public void clickToCallWhoseOwnPhoneNeverAnswersIsTheUsersUnansweredCallNotAFailedOne() {
        CallSummary.Leg phone = agentsPhoneDialling("+381111000005");
        CallSummary unanswered = new CallSummary("link", "1.1", phone, List.of(), null, null, false, false, false, T0,
                null, T0.plusSeconds(30), false, true, null, null);
        CallRecord record = attribute(unanswered);

        assertThat(record.direction()).isEqualTo(CallDirection.OUTBOUND);
        assertThat(record.userId()).isEqualTo("bo");
        assertThat(record.disposition()).isEqualTo(CallDisposition.NO_ANSWER);
    }

    @Test
    public void r1_anEndpointNamedLikeAnotherTenantsDeviceIsNotThatDevice() {
        // "sip-eve" is a device of globex, but this link serves acme only.
        CallSummary.Leg eve = new CallSummary.Leg(ChannelName.parse("PJSIP/sip-eve-00000009"), null, "sip-eve",
                "200", "acme-ctx");
        CallSummary.Leg agent = leg("PJSIP/sip-agent-0000000a", "sip-agent");
        CallRecord record = attribute(summary(eve, List.of(agent), agent, null, true));

        assertThat(record.tenantId()).isEqualTo("acme");
        assertThat(record.userId()).as("not globex's user").isEqualTo("bo");
        assertThat(record.direction()).as("from outside acme's devices").isEqualTo(CallDirection.INBOUND);
        // A link with one tenant does not make every call that tenant's: the same Asterisk may
        // serve others over another AMI user, and it sends every session every event.
        assertThat(attribution.attribute(summary(eve, List.of(), null, null, false), Map.of("initech-ctx", "initech")))
                .as("a call in another context, of none of the link's devices").isEmpty();
    }

    private CallRecord attribute(CallSummary call) {
        return attribution.attribute(call, ACME_ONLY).orElseThrow().record();
    }

    /** Click-to-call: the call's first channel is the agent's own phone, dialling the number. */
    private static CallSummary.Leg agentsPhoneDialling(String number) {
        return new CallSummary.Leg(ChannelName.parse("PJSIP/sip-agent-00000007"), null, "sip-agent", number,
                "acme-ctx");
    }

    private static CallSummary.Leg trunkCaller() {
        return new CallSummary.Leg(ChannelName.parse("PJSIP/trunk-00000001"), null, "+381111000001", "100",
                "acme-ctx");
    }

    private static CallSummary.Leg leg(String channel, String dialString) {
        return new CallSummary.Leg(ChannelName.parse(channel), dialString, null, null, null);
    }

    private static CallSummary summary(CallSummary.Leg origin, List<CallSummary.Leg> dialled,
                                       CallSummary.Leg answeredBy, String queue, boolean answered) {
        return new CallSummary("link", "1.1", origin, dialled, answeredBy, queue, queue != null && !answered, false,
                false, T0, answered ? T0.plusSeconds(10) : null, T0.plusSeconds(70), false, false, null, null);
    }

    /** Issue 11, item 6: Asterisk answered the caller itself (an announcement): ANSWERED, as its CDR says. */
    @Test
    public void aCallThePbxAnsweredItselfIsAnsweredFromThatMomentWithItsApplication() {
        CallSummary announced = new CallSummary("link", "1.1", trunkCaller(), List.of(), null, null, false, false, false,
                T0, null, T0.plusSeconds(8), false, false, T0.plusSeconds(1), "Playback");
        CallRecord record = attribute(announced);

        assertThat(record.disposition()).isEqualTo(CallDisposition.ANSWERED);
        assertThat(record.answeredAt()).isEqualTo(T0.plusSeconds(1));
        assertThat(record.talkSeconds()).isEqualTo(7);
        assertThat(record.pbxApplication()).isEqualTo("Playback");
        assertThat(record.fromNumber()).isEqualTo("+381111000001");

        // A queue answers the caller too, but the call counts from the agent's answer, or is abandoned.
        CallSummary abandoned = new CallSummary("link", "1.2", trunkCaller(), List.of(), null, "support", true, false,
                false, T0, null, T0.plusSeconds(30), false, false, T0.plusSeconds(1), "Queue");
        CallRecord lost = attribute(abandoned);
        assertThat(lost.disposition()).isEqualTo(CallDisposition.ABANDONED);
        assertThat(lost.answeredAt()).isNull();
        assertThat(lost.pbxApplication()).isEqualTo("Queue");
    }

    /** Issue 11, item 6: numbers as the CDR shows them (src: the caller id; dst: what was dialled). */
    @Test
    public void internalCallsShowTheCallersIdAndTheDialledExtensionBesideTheDevices() {
        CallSummary.Leg phone = new CallSummary.Leg(ChannelName.parse("PJSIP/sip-agent-00000007"), null, "2001", "2002",
                "acme-ctx");
        CallSummary.Leg desk = leg("PJSIP/sip-desk-00000008", "sip-desk");
        CallRecord record = attribute(summary(phone, List.of(desk), desk, null, true));

        assertThat(record.direction()).isEqualTo(CallDirection.INTERNAL);
        assertThat(record.fromNumber()).isEqualTo("2001");
        assertThat(record.toNumber()).isEqualTo("2002");
        assertThat(record.deviceId()).as("the caller's device beside its number").isNotNull();
        assertThat(record.pbxApplication()).as("a person answered").isNull();
    }
}
