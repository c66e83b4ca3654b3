package org.centrala.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.centrala.directory.internal.DirectoryFixture.MONTH;
import static org.centrala.directory.internal.Expect.thrown;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.centrala.common.ConflictException;
import org.centrala.common.ValidationException;
import org.centrala.directory.CallDestination;
import org.centrala.directory.DeviceKind;
import org.centrala.directory.DiallingRulesDraft;
import org.centrala.directory.OutsideNumber;
import org.centrala.directory.LineDraft;
import org.centrala.directory.RingStep;
import org.centrala.directory.User;
import org.centrala.directory.UserDraft;
import org.centrala.directory.UserType;
import org.centrala.tenancy.Tenant;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;

/** Issue 11: extensions and what a call to one reaches (R5, R11). */
public class JdbcCallDestinationsTest {
    private static DirectoryFixture fixture;
    private JdbcCallDestinations destinations;
    private Tenant tenant;

    @BeforeClass
    public static void createDatabase() {
        fixture = new DirectoryFixture();
    }

    @AfterClass
    public static void forgetDatabase() {
        fixture = null;
    }

    @Before
    public void newTenant() {
        fixture.resetClock();
        destinations = new JdbcCallDestinations(fixture.schema, fixture.ringPlans);
        tenant = fixture.tenant();
        fixture.packs.set(tenant.id(), MONTH, 1);
    }

    private User backOffice(String extension) {
        return fixture.users.create(tenant.id(), new UserDraft(UserType.BACK_OFFICE, null, "Clerk " + extension, null, null,
                null, null, extension));
    }

    private String device(DeviceKind kind, User owner) {
        fixture.clock.advance(Duration.ofMinutes(1));
        return fixture.device(tenant, kind, owner == null ? null : owner.id()).device().id();
    }

    @Test
    public void r5_aBackOfficeUsersExtensionReachesItsRingPlanStepByStep() {
        User clerk = backOffice("201");
        String desk = device(DeviceKind.SIP_DESK_PHONE, clerk);
        String mobile = device(DeviceKind.MOBILE_PHONE, clerk);

        CallDestination destination = destinations.byExtension(tenant.id(), "201").orElseThrow();

        assertThat(destination.userId()).isEqualTo(clerk.id());
        assertThat(destination.userType()).isEqualTo(UserType.BACK_OFFICE);
        assertThat(destination.steps()).extracting(CallDestination.Step::ringSeconds).containsExactly(10, 20);
        assertThat(destination.steps().get(0).targets()).extracting(CallDestination.Target::deviceId).containsExactly(desk);
        assertThat(destination.steps().get(0).targets().get(0).sipUsername()).startsWith("sip-");
        assertThat(destination.steps().get(1).targets()).extracting(CallDestination.Target::deviceId).containsExactly(mobile);
        assertThat(destination.steps().get(1).targets().get(0).mobileNumber()).startsWith("+38164");

        // A stored plan is what rings, from the next call on.
        fixture.ringPlans.set(tenant.id(), clerk.id(), List.of(new RingStep(List.of(mobile, desk), 25)));
        assertThat(destinations.byExtension(tenant.id(), "201").orElseThrow().steps())
                .singleElement().satisfies(step -> {
                    assertThat(step.ringSeconds()).isEqualTo(25);
                    assertThat(step.targets()).extracting(CallDestination.Target::deviceId).containsExactlyInAnyOrder(desk, mobile);
                });
    }

    @Test
    public void r11_aContactCentreUserIsReachedOnItsOwnDevicesOrOnTheLineItHolds() {
        User assigned = fixture.users.create(tenant.id(), new UserDraft(UserType.CONTACT_CENTRE, null, "Assigned", null,
                fixture.username(), Set.of(), null, "301"));
        String softphone = device(DeviceKind.SIP_SOFTPHONE, assigned);
        String mobile = device(DeviceKind.MOBILE_PHONE, assigned);
        CallDestination.Step step = destinations.byExtension(tenant.id(), "301").orElseThrow().steps().get(0);
        assertThat(step.targets()).extracting(CallDestination.Target::deviceId).containsExactly(softphone, mobile);
        assertThat(step.ringSeconds()).isEqualTo(JdbcCallDestinations.CONTACT_CENTRE_RING_SECONDS);

        User hotDesk = fixture.users.create(tenant.id(), new UserDraft(UserType.CONTACT_CENTRE, null, "Hot desk", null,
                fixture.username(), Set.of(), null, "302"));
        String lineDevice = device(DeviceKind.SIP_DESK_PHONE, null);
        String line = fixture.lines.create(tenant.id(), new LineDraft("Desk 7", lineDevice)).id();
        assertThat(destinations.byExtension(tenant.id(), "302").orElseThrow().steps()).isEmpty();

        fixture.lines.logIn(tenant.id(), line, hotDesk.id());
        assertThat(destinations.byExtension(tenant.id(), "302").orElseThrow().steps().get(0).targets())
                .extracting(CallDestination.Target::deviceId).containsExactly(lineDevice);
    }

    @Test
    public void r1_extensionsAreUniqueWithinATenantOnlyAndFreedWhenTheUserLeaves() {
        User first = backOffice("202");
        assertThat(thrown(ConflictException.class, () -> backOffice("202")).getMessage())
                .contains("extension 202 is Clerk 202's");

        Tenant other = fixture.tenant();
        User elsewhere = fixture.users.create(other.id(), new UserDraft(UserType.BACK_OFFICE, null, "Namesake", null, null,
                null, null, "202"));
        assertThat(elsewhere.extension()).isEqualTo("202");
        // R1: the other tenant's number reaches the other tenant's user only.
        assertThat(destinations.byExtension(tenant.id(), "202").orElseThrow().userId()).isEqualTo(first.id());
        assertThat(destinations.byExtension(other.id(), "202").orElseThrow().userId()).isEqualTo(elsewhere.id());

        fixture.users.leave(tenant.id(), first.id());
        assertThat(fixture.users.get(tenant.id(), first.id()).extension()).isNull();
        assertThat(destinations.byExtension(tenant.id(), "202")).isEmpty();
        assertThat(backOffice("202").extension()).isEqualTo("202");
    }

    /** Issue 11: click-to-call's phone, and outside numbers read by the caller's department's country. */
    @Test
    public void aUsersOwnPhoneAndTheOutsideNumbersItsDevicesDial() {
        org.centrala.tenancy.Department serbia = fixture.department(tenant, "RS");
        User agent = fixture.users.create(tenant.id(), new UserDraft(UserType.CONTACT_CENTRE, serbia.id(), "Agent", null,
                fixture.username(), Set.of(), null, "303"));
        assertThat(destinations.ownPhone(tenant.id(), agent.id())).isEmpty();
        String soft = device(DeviceKind.SIP_SOFTPHONE, agent);
        String desk = device(DeviceKind.SIP_DESK_PHONE, agent);
        device(DeviceKind.MOBILE_PHONE, agent);
        assertThat(destinations.ownPhone(tenant.id(), agent.id()).orElseThrow().deviceId()).as("desk phones first")
                .isEqualTo(desk);

        String sip = destinations.ownPhone(tenant.id(), agent.id()).orElseThrow().sipUsername();
        assertThat(phone(tenant, sip, "064 123 9011").e164()).isEqualTo("+381641239011");
        assertThat(phone(tenant, sip, "00381641239011").e164()).isEqualTo("+381641239011");
        assertThat(phone(tenant, sip, "+43 1 5344 40").e164()).isEqualTo("+43153444" + "0");
        assertThat(phone(tenant, sip, "12").verdict()).isEqualTo(OutsideNumber.Verdict.NOT_A_NUMBER);
        assertThat(phone(tenant, sip, "PJSIP/x").verdict()).isEqualTo(OutsideNumber.Verdict.NOT_A_NUMBER);
        // Another tenant's device has no department here: a national number cannot be read.
        assertThat(phone(fixture.tenant(), sip, "064 123 9011").reason()).contains("needs the country");

        // The tenant's dialling rules: an outside-line prefix on phones (not for click-to-call, not before +),
        // international calls barred, a barred beginning; premium rate is barred by default.
        String premium = "0" + com.google.i18n.phonenumbers.PhoneNumberUtil.getInstance().getExampleNumberForType("RS",
                com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType.PREMIUM_RATE).getNationalNumber();
        assertThat(phone(tenant, sip, premium).verdict()).isEqualTo(OutsideNumber.Verdict.BARRED);
        assertThat(phone(tenant, sip, premium).reason()).isEqualTo("premium-rate numbers are barred by the tenant's dialling rules");
        fixture.diallingRules.set(tenant.id(), new DiallingRulesDraft("9", false, Set.of(), List.of("+381 65")));
        assertThat(phone(tenant, sip, "064 123 9011").reason()).isEqualTo("outside numbers are dialled with the outside-line"
                + " prefix 9 first");
        assertThat(phone(tenant, sip, "9 064 123 9011").e164()).isEqualTo("+381641239011");
        assertThat(phone(tenant, sip, "9 064 123 9011").allowed()).isTrue();
        assertThat(destinations.outsideNumber(tenant.id(), sip, "064 123 9011", OutsideNumber.Source.API).allowed()).isTrue();
        assertThat(phone(tenant, sip, "+381641239011").allowed()).as("a number with + needs no prefix").isTrue();
        assertThat(phone(tenant, sip, premium).allowed()).as("no type barred now").isFalse();
        assertThat(phone(tenant, sip, "9" + premium).allowed()).isTrue();
        assertThat(phone(tenant, sip, "+43 1 5344 40").reason()).isEqualTo("international calls are barred by the tenant's"
                + " dialling rules");
        assertThat(phone(tenant, sip, "9 065 123 9011").reason()).isEqualTo("numbers starting +38165 are barred by the"
                + " tenant's dialling rules");
        assertThat(soft).isNotEqualTo(desk);
    }

    private OutsideNumber phone(Tenant of, String sip, String dialled) {
        return destinations.outsideNumber(of.id(), sip, dialled, OutsideNumber.Source.PHONE);
    }

    @Test
    public void anExtensionIsTwoToEightDigitsNotStartingWithZero() {
        for (String bad : List.of("0201", "1", "12a", "123456789", "+381")) {
            assertThat(thrown(ValidationException.class, () -> backOffice(bad)).errors())
                    .anySatisfy(error -> assertThat(error.field()).isEqualTo("extension"));
        }
        assertThat(destinations.byExtension(tenant.id(), "999")).isEmpty();
    }
}
