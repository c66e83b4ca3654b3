package org.centrala.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.centrala.directory.internal.Expect.fields;
import static org.centrala.directory.internal.Expect.thrown;
import static org.centrala.directory.internal.DirectoryFixture.MONTH;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.centrala.common.ConflictException;
import org.centrala.common.NotFoundException;
import org.centrala.common.ValidationException;
import org.centrala.directory.DeviceKind;
import org.centrala.directory.RingPlan;
import org.centrala.directory.RingStep;
import org.centrala.directory.User;
import org.centrala.tenancy.Tenant;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;

public class JdbcRingPlanServiceTest {
    private static DirectoryFixture fixture;
    private JdbcRingPlanService ringPlans;
    private Tenant tenant;
    private User clerk;

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
        ringPlans = fixture.ringPlans;
        tenant = fixture.tenant();
        fixture.packs.set(tenant.id(), MONTH, 1);
        clerk = fixture.backOffice(tenant);
    }

    /** Registered a minute after the one before, so that the order of registration is clear. */
    private String device(DeviceKind kind, User owner) {
        fixture.clock.advance(Duration.ofMinutes(1));
        return fixture.device(tenant, kind, owner == null ? null : owner.id()).device().id();
    }

    private static RingStep step(int seconds, String... deviceIds) {
        return new RingStep(List.of(deviceIds), seconds);
    }

    private static List<String> sorted(String... ids) {
        List<String> list = new ArrayList<>(Arrays.asList(ids));
        list.sort(null);
        return list;
    }

    @Test
    public void r5_defaultRingPlanIsDeskPhoneThenMobile() {
        // Registered mobile first: the default still rings the desk phone first (R5's example).
        String mobile = device(DeviceKind.MOBILE_PHONE, clerk);
        String desk = device(DeviceKind.SIP_DESK_PHONE, clerk);
        device(DeviceKind.SIP_DESK_PHONE, null);

        RingPlan plan = ringPlans.get(tenant.id(), clerk.id());

        assertThat(plan).isEqualTo(new RingPlan(clerk.id(), List.of(
                new RingStep(List.of(desk), RingPlan.DEFAULT_DESK_SECONDS),
                new RingStep(List.of(mobile), RingPlan.DEFAULT_MOBILE_SECONDS)), false));
        assertThat(plan.steps().get(0).ringSeconds()).isEqualTo(10);
    }

    @Test
    public void r5_defaultRingPlanRingsEveryKindOfDeviceInTurn() {
        assertThat(ringPlans.get(tenant.id(), clerk.id())).as("no devices, nothing to ring")
                .isEqualTo(new RingPlan(clerk.id(), List.of(), false));

        String desk1 = device(DeviceKind.SIP_DESK_PHONE, clerk);
        String soft = device(DeviceKind.SIP_SOFTPHONE, clerk);
        String desk2 = device(DeviceKind.SIP_DESK_PHONE, clerk);
        String mobile = device(DeviceKind.MOBILE_PHONE, clerk);

        assertThat(ringPlans.get(tenant.id(), clerk.id()).steps()).containsExactly(
                new RingStep(List.of(desk1, desk2), 10), new RingStep(List.of(soft), 10), new RingStep(List.of(mobile), 20));
    }

    @Test
    public void r5_ringPlanIsSetAndReset() {
        String desk = device(DeviceKind.SIP_DESK_PHONE, clerk);
        String soft = device(DeviceKind.SIP_SOFTPHONE, clerk);
        String mobile = device(DeviceKind.MOBILE_PHONE, clerk);

        RingPlan stored = ringPlans.set(tenant.id(), clerk.id(), List.of(step(15, desk, soft, desk), step(30, mobile), step(5, desk)));

        assertThat(stored.stored()).isTrue();
        assertThat(stored.steps()).containsExactly(
                new RingStep(sorted(desk, soft), 15), new RingStep(List.of(mobile), 30), new RingStep(List.of(desk), 5));
        assertThat(ringPlans.get(tenant.id(), clerk.id())).isEqualTo(stored);

        RingPlan replaced = ringPlans.set(tenant.id(), clerk.id(), List.of(step(RingStep.MAX_RING_SECONDS, mobile)));
        assertThat(replaced.steps()).containsExactly(new RingStep(List.of(mobile), 300));

        RingPlan reset = ringPlans.reset(tenant.id(), clerk.id());
        assertThat(reset.stored()).isFalse();
        assertThat(reset.steps()).containsExactly(new RingStep(List.of(desk), 10), new RingStep(List.of(soft), 10), new RingStep(List.of(mobile), 20));
        assertThat(fixture.db.count("SELECT COUNT(*) FROM ring_step_device WHERE user_id = ?", clerk.id())).isZero();
    }

    @Test
    public void r5_ringPlanRefusesEmptyNonPositiveAndForeignDevices() {
        String desk = device(DeviceKind.SIP_DESK_PHONE, clerk);
        RingPlan before = ringPlans.set(tenant.id(), clerk.id(), List.of(step(10, desk)));
        User colleague = fixture.backOffice(tenant);
        String colleagues = device(DeviceKind.SIP_DESK_PHONE, colleague);
        String unassigned = device(DeviceKind.SIP_SOFTPHONE, null);
        Tenant other = fixture.tenant();
        fixture.packs.set(other.id(), MONTH, 1);
        String otherTenants = fixture.device(other, DeviceKind.SIP_DESK_PHONE, null).device().id();

        assertThat(fields(thrown(ValidationException.class, () -> ringPlans.set(tenant.id(), clerk.id(), null)))).containsExactly("steps");
        assertThat(fields(thrown(ValidationException.class, () -> ringPlans.set(tenant.id(), clerk.id(), List.of())))).containsExactly("steps");
        assertThat(fields(thrown(ValidationException.class, () -> ringPlans.set(tenant.id(), clerk.id(), List.of(
                step(0, desk), step(-5, desk), new RingStep(List.of(desk), null), step(RingStep.MAX_RING_SECONDS + 1, desk))))))
                .containsExactly("steps[0].ringSeconds", "steps[1].ringSeconds", "steps[2].ringSeconds", "steps[3].ringSeconds");
        assertThat(fields(thrown(ValidationException.class, () -> ringPlans.set(tenant.id(), clerk.id(), List.of(
                step(10, desk), new RingStep(null, 10), step(10))))))
                .containsExactly("steps[1].deviceIds", "steps[2].deviceIds");
        ValidationException foreign = thrown(ValidationException.class, () -> ringPlans.set(tenant.id(), clerk.id(), List.of(
                step(10, desk, colleagues), step(10, unassigned), step(10, otherTenants), step(10, UUID.randomUUID().toString()))));
        assertThat(fields(foreign)).containsExactly("steps[0].deviceIds", "steps[1].deviceIds", "steps[2].deviceIds", "steps[3].deviceIds");
        assertThat(foreign.errors().get(0).message()).contains(colleagues).contains("not a device of this user");
        assertThat(fields(thrown(ValidationException.class, () -> ringPlans.set(tenant.id(), clerk.id(),
                Arrays.asList(step(10, desk), null))))).containsExactly("steps[1]");

        assertThat(ringPlans.get(tenant.id(), clerk.id())).as("unchanged").isEqualTo(before);
    }

    @Test
    public void r5_contactCentreUsersHaveNoRingPlan() {
        User agent = fixture.contactCentre(tenant);
        String soft = device(DeviceKind.SIP_SOFTPHONE, agent);

        assertThat(thrown(ConflictException.class, () -> ringPlans.get(tenant.id(), agent.id()))).hasMessageContaining("R5");
        assertThat(thrown(ConflictException.class, () -> ringPlans.set(tenant.id(), agent.id(), List.of(step(10, soft))))).isNotNull();
        assertThat(thrown(ConflictException.class, () -> ringPlans.reset(tenant.id(), agent.id()))).isNotNull();
    }

    @Test
    public void r1_ringPlansOfAnotherTenantsUsersAreNotFound() {
        Tenant other = fixture.tenant();
        String nobody = UUID.randomUUID().toString();

        assertThat(thrown(NotFoundException.class, () -> ringPlans.get(other.id(), clerk.id())).id()).isEqualTo(clerk.id());
        assertThat(thrown(NotFoundException.class, () -> ringPlans.reset(other.id(), clerk.id()))).isNotNull();
        assertThat(thrown(NotFoundException.class, () -> ringPlans.set(tenant.id(), nobody, List.of(step(10, nobody)))).id()).isEqualTo(nobody);
    }
}
