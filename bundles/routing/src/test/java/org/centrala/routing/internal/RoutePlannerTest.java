package org.centrala.routing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.centrala.directory.CallDestination;
import org.centrala.directory.CallDestinations;
import org.centrala.directory.CallParty;
import org.centrala.directory.CallPartyResolver;
import org.centrala.directory.DeviceKind;
import org.centrala.directory.OutsideNumber;
import org.centrala.directory.UserType;
import org.centrala.tenancy.PbxAccount;
import org.centrala.tenancy.PbxAccounts;
import org.junit.Test;

/** Issue 11, item 1: the routing decision from the tenancy's and the directory's answers (R1, R5, R11). */
public class RoutePlannerTest {
    private static final InetAddress PBX = InetAddress.getLoopbackAddress();
    private static final CallDestination VERA = new CallDestination("vera", "Vera", UserType.BACK_OFFICE, "sales", List.of(
            new CallDestination.Step(List.of(new CallDestination.Target("desk", DeviceKind.SIP_DESK_PHONE, "sip-desk", null)), 10),
            new CallDestination.Step(List.of(new CallDestination.Target("mob", DeviceKind.MOBILE_PHONE, null, "+381641239001")), 20)));

    private final Map<String, List<PbxAccount>> contexts = Map.of(
            "globex", List.of(account("globex-id", "127.0.0.1", "globex", "globex-trunk")),
            "shared", List.of(account("a", "127.0.0.1", "shared", null), account("b", "192.0.2.7", "shared", null)),
            "notrunk", List.of(account("n", "127.0.0.1", "notrunk", null)));

    private final RoutePlanner planner = new RoutePlanner(new PbxAccounts() {
        @Override
        public List<PbxAccount> all() {
            return contexts.values().stream().flatMap(List::stream).toList();
        }

        @Override
        public List<PbxAccount> byContext(String context) {
            return contexts.getOrDefault(context, List.of());
        }
    }, new CallDestinations() {
        @Override
        public Optional<CallDestination> byExtension(String tenantId, String extension) {
            return "201".equals(extension) ? Optional.of(VERA) : Optional.empty();
        }

        @Override
        public Optional<CallDestination.Target> ownPhone(String tenantId, String userId) {
            return Optional.empty();
        }

        @Override
        public OutsideNumber outsideNumber(String tenantId, String sipUsername, String dialled, OutsideNumber.Source source) {
            if (dialled.startsWith("090")) {
                return new OutsideNumber("+381" + dialled.substring(1), OutsideNumber.Verdict.BARRED,
                        "premium-rate numbers are barred by the tenant's dialling rules");
            }
            return dialled.startsWith("064") ? new OutsideNumber("+381" + dialled.substring(1), OutsideNumber.Verdict.ALLOWED, null)
                    : new OutsideNumber(null, OutsideNumber.Verdict.NOT_A_NUMBER, "it is no valid phone number");
        }
    }, new CallPartyResolver() {
        @Override
        public Optional<CallParty> bySipUsername(String sipUsername) {
            return "sip-own".equals(sipUsername) ? Optional.of(new CallParty("globex-id", "own", "u", UserType.CONTACT_CENTRE, null))
                    : Optional.empty();
        }

        @Override
        public Optional<CallParty> byMobileNumber(java.util.Collection<String> tenantIds, String e164Number) {
            return Optional.empty();
        }
    }, (tenantId, extension) -> "500".equals(extension) && "globex-id".equals(tenantId)
            ? Optional.of(new Route.QueueTarget("q1", "Support", "globex-support", "care")) : Optional.empty());

    private static PbxAccount account(String tenant, String host, String context, String trunk) {
        return new PbxAccount(tenant, host, 5038, "centrala", "s", context, trunk);
    }

    private Route plan(String context, String dialled, String channel) {
        return planner.plan(new CallIn(context, dialled, "+381111", channel, "1.1", PBX));
    }

    @Test
    public void r5_aRingPlanBecomesOneDialPerStepTheMobileThroughTheTrunk() {
        Route route = plan("globex", "201", "PJSIP/trunk-00000001");
        assertThat(route.isRejected()).isFalse();
        assertThat(route.tenantId()).isEqualTo("globex-id");
        assertThat(route.steps()).extracting(Route.DialStep::dial)
                .containsExactly("PJSIP/sip-desk", "PJSIP/+381641239001@globex-trunk");
        assertThat(route.steps()).extracting(Route.DialStep::ringSeconds).containsExactly(10, 20);
        assertThat(route.reason()).isEqualTo("Vera's ring plan (R5), 2 steps");

        Route withoutTrunk = plan("notrunk", "201", "PJSIP/trunk-00000001");
        assertThat(withoutTrunk.steps()).extracting(Route.DialStep::dial).containsExactly("PJSIP/sip-desk");
        assertThat(withoutTrunk.reason()).contains("its mobile is left out");
    }

    @Test
    public void r1_theTenantIsTheContextsAndAnAmbiguousContextIsToldApartByThePbxsAddress() throws Exception {
        assertThat(plan("nowhere", "201", "PJSIP/trunk-1").rejection()).isEqualTo(Route.Rejection.UNKNOWN_CONTEXT);
        assertThat(plan("shared", "201", "PJSIP/trunk-1").tenantId()).as("127.0.0.1 is tenant a's PBX").isEqualTo("a");
        Route elsewhere = planner.plan(new CallIn("shared", "201", "1", "PJSIP/trunk-1", "1.1",
                InetAddress.getByAddress(new byte[] {(byte) 198, 51, 100, 1})));
        assertThat(elsewhere.rejection()).isEqualTo(Route.Rejection.AMBIGUOUS_CONTEXT);
    }

    @Test
    public void outsideNumbersOnlyFromTheTenantsOwnDevicesAndOnlyThroughItsTrunk() {
        Route out = plan("globex", "0641239011", "PJSIP/sip-own-0000000a");
        assertThat(out.steps()).extracting(Route.DialStep::dial).containsExactly("PJSIP/+381641239011@globex-trunk");
        // Toll fraud: a caller from the trunk dialling an outside number reaches nothing.
        Route fromTrunk = plan("globex", "0641239011", "PJSIP/trunk-00000001");
        assertThat(fromTrunk.rejection()).isEqualTo(Route.Rejection.UNKNOWN_NUMBER);
        assertThat(plan("globex", "999", "PJSIP/sip-own-0000000a").reason())
                .isEqualTo("no user or queue has extension 999 and it is no valid phone number");
        Route barred = plan("globex", "0901234567", "PJSIP/sip-own-0000000a");
        assertThat(barred.rejection()).isEqualTo(Route.Rejection.NUMBER_BARRED);
        assertThat(barred.reason()).isEqualTo("+381901234567: premium-rate numbers are barred by the tenant's dialling rules");
    }

    @Test
    public void aQueuesExtensionRoutesIntoTheQueueInItsDepartment() {
        Route route = plan("globex", "500", "PJSIP/trunk-00000001");
        assertThat(route.isRejected()).isFalse();
        assertThat(route.queue().pbxName()).isEqualTo("globex-support");
        assertThat(route.departmentId()).as("R18: the queue's department").isEqualTo("care");
        assertThat(route.steps()).isEmpty();
        assertThat(route.reason()).isEqualTo("queue 'Support' (globex-support)");
        assertThat(plan("shared", "500", "PJSIP/trunk-1").rejection()).as("R1: another tenant's queue")
                .isEqualTo(Route.Rejection.UNKNOWN_NUMBER);
    }

    /** Issue 11, item 4: Asterisk's transfer features for the tenant's own people only, never for an outside caller. */
    @Test
    public void onlyTheTenantsOwnPartiesMayTransfer() {
        assertThat(plan("globex", "201", "PJSIP/trunk-00000001").dialOptions()).as("the user answering an outside caller")
                .isEqualTo("t");
        assertThat(plan("globex", "201", "PJSIP/sip-own-0000000a").dialOptions()).as("both are the tenant's").isEqualTo("tT");
        assertThat(plan("globex", "0641239011", "PJSIP/sip-own-0000000a").dialOptions()).as("the user calling out").isEqualTo("T");
    }

    @Test
    public void channelNamesGiveTheirEndpoint() {
        assertThat(RoutePlanner.sipEndpoint("PJSIP/sip-s9hsiqbsndw6-0000002a")).isEqualTo("sip-s9hsiqbsndw6");
        assertThat(RoutePlanner.sipEndpoint("PJSIP/trunk-00000001")).isEqualTo("trunk");
        assertThat(RoutePlanner.sipEndpoint("Local/100@default-00000007;2")).isNull();
        assertThat(RoutePlanner.sipEndpoint(null)).isNull();
    }
}
