package org.centrala.licensing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.centrala.licensing.internal.Expect.fields;
import static org.centrala.licensing.internal.Expect.thrown;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.centrala.licensing.internal.LicensingFixture.MONTH;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.centrala.common.ConflictException;
import org.centrala.common.NotFoundException;
import org.centrala.common.ValidationException;
import org.centrala.licensing.DevicePacks;
import org.centrala.licensing.QuantityChange;
import org.centrala.tenancy.Tenant;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;

public class JdbcDevicePackServiceTest {
    private static LicensingFixture fixture;
    private JdbcDevicePackService packs;
    private Tenant tenant;

    @BeforeClass
    public static void createDatabase() {
        fixture = new LicensingFixture();
    }

    @AfterClass
    public static void forgetDatabase() {
        fixture = null;
    }

    @Before
    public void newTenant() {
        fixture.resetClock();
        packs = fixture.packs;
        tenant = fixture.tenant();
    }

    @Test
    public void r3_aNewTenantHasNoPacksAndNoRoomForDevices() {
        DevicePacks none = packs.get(tenant.id());

        assertThat(none).usingRecursiveComparison().ignoringFields("updatedAt").isEqualTo(new DevicePacks(tenant.id(), 0, 0, 0, List.of()));
        assertThat(packs.lockDeviceAllowance(tenant.id())).isZero();
    }

    @Test
    public void r3_packsOfTenDevicesApplyFromTheirMonthOn() {
        DevicePacks two = packs.set(tenant.id(), MONTH, 2);

        assertThat(two).usingRecursiveComparison().ignoringFields("updatedAt").isEqualTo(new DevicePacks(tenant.id(), 2, 20, 0, List.of(new QuantityChange(MONTH, 2))));
        assertThat(packs.get(tenant.id())).isEqualTo(two);

        DevicePacks scheduled = packs.set(tenant.id(), MONTH.plusMonths(2), 3);
        assertThat(scheduled.packs()).as("a later month's packs do not apply yet").isEqualTo(2);
        assertThat(scheduled.devicesAllowed()).isEqualTo(20);
        assertThat(scheduled.changes()).containsExactly(new QuantityChange(MONTH, 2), new QuantityChange(MONTH.plusMonths(2), 3));

        fixture.clock.set(MONTH.plusMonths(1), 28);
        assertThat(packs.get(tenant.id()).packs()).isEqualTo(2);

        fixture.clock.set(MONTH.plusMonths(2), 1);
        DevicePacks later = packs.get(tenant.id());
        assertThat(later.packs()).isEqualTo(3);
        assertThat(later.devicesAllowed()).isEqualTo(30);
        assertThat(later.changes()).containsExactly(new QuantityChange(MONTH.plusMonths(2), 3));
    }

    @Test
    public void r3_withoutAMonthPacksApplyFromThisMonth() {
        assertThat(packs.set(tenant.id(), null, 1).changes()).containsExactly(new QuantityChange(MONTH, 1));
    }

    @Test
    public void r3_aLaterChangeReplacesTheChangesScheduledAfterIt() {
        packs.set(tenant.id(), MONTH, 1);
        packs.set(tenant.id(), MONTH.plusMonths(3), 5);
        packs.set(tenant.id(), MONTH.plusMonths(4), 6);

        DevicePacks replaced = packs.set(tenant.id(), MONTH.plusMonths(1), 4);

        assertThat(replaced.changes()).containsExactly(new QuantityChange(MONTH, 1), new QuantityChange(MONTH.plusMonths(1), 4));
        assertThat(packs.set(tenant.id(), MONTH, 2).changes()).containsExactly(new QuantityChange(MONTH, 2));
    }

    @Test
    public void r3_pastMonthsAreRefused() {
        ValidationException e = thrown(ValidationException.class, () -> packs.set(tenant.id(), MONTH.minusMonths(1), 1));

        assertThat(fields(e)).containsExactly("fromMonth");
        assertThat(packs.get(tenant.id()).changes()).isEmpty();
    }

    @Test
    public void r3_negativeOrAbsurdQuantitiesAreRefused() {
        assertThat(fields(thrown(ValidationException.class, () -> packs.set(tenant.id(), MONTH, -1)))).containsExactly("packs");
        assertThat(fields(thrown(ValidationException.class, () -> packs.set(tenant.id(), MONTH, Subscriptions.MAX_QUANTITY + 1))))
                .containsExactly("packs");
        assertThat(packs.set(tenant.id(), MONTH, 0).packs()).isZero();
    }

    @Test
    public void r3_unknownTenantIsNotFound() {
        String nobody = UUID.randomUUID().toString();

        assertThat(thrown(NotFoundException.class, () -> packs.get(nobody)).id()).isEqualTo(nobody);
        assertThat(thrown(NotFoundException.class, () -> packs.set(nobody, MONTH, 1)).id()).isEqualTo(nobody);
    }

    @Test
    public void r3_loweringPacksBelowTheDevicesInUseIsAConflict() {
        packs.set(tenant.id(), MONTH, 2);
        fixture.devicesInUse.put(tenant.id(), 15);

        ConflictException now = thrown(ConflictException.class, () -> packs.set(tenant.id(), MONTH, 1));
        assertThat(now).hasMessageContaining("15 devices").hasMessageContaining("remove 5 device(s)");
        assertThatThrownBy(() -> packs.set(tenant.id(), MONTH.plusMonths(1), 1))
                .as("nor from a later month").isInstanceOf(ConflictException.class);

        DevicePacks unchanged = packs.get(tenant.id());
        assertThat(unchanged.packs()).isEqualTo(2);
        assertThat(unchanged.devicesInUse()).isEqualTo(15);
        assertThat(unchanged.changes()).containsExactly(new QuantityChange(MONTH, 2));

        fixture.devicesInUse.put(tenant.id(), 10);
        assertThat(packs.set(tenant.id(), MONTH.plusMonths(1), 1).changes())
                .containsExactly(new QuantityChange(MONTH, 2), new QuantityChange(MONTH.plusMonths(1), 1));
    }

    @Test
    public void r3_packsOfOneTenantAreNotAnothers() {
        Tenant other = fixture.tenant();
        packs.set(tenant.id(), MONTH, 3);

        assertThat(packs.get(other.id()).packs()).isZero();
        assertThat(packs.lockDeviceAllowance(other.id())).isZero();
    }

    @Test
    public void r3_deviceAllowanceIsTenTimesTheLowestPacksFromNowOn() {
        packs.set(tenant.id(), MONTH, 3);
        assertThat(packs.lockDeviceAllowance(tenant.id())).isEqualTo(30);

        // Fewer packs next month: a device registered now would have to go then, so it is not allowed now.
        packs.set(tenant.id(), MONTH.plusMonths(1), 1);
        assertThat(packs.lockDeviceAllowance(tenant.id())).isEqualTo(10);
        assertThat(packs.get(tenant.id()).devicesAllowed()).isEqualTo(30);

        packs.set(tenant.id(), MONTH.plusMonths(1), 4);
        assertThat(packs.lockDeviceAllowance(tenant.id())).isEqualTo(30);
    }

    @Test(timeout = 20_000)
    public void r3_theDeviceAllowanceLockHoldsOffPackChangesUntilTheTransactionEnds() throws Exception {
        packs.set(tenant.id(), MONTH, 1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch locked = new CountDownLatch(1);
            CountDownLatch finish = new CountDownLatch(1);
            Future<Integer> registration = pool.submit(() -> fixture.db.inTransaction(() -> {
                int allowed = packs.lockDeviceAllowance(tenant.id());
                locked.countDown();
                try {
                    finish.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                fixture.devicesInUse.put(tenant.id(), 10);
                return allowed;
            }));
            assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();

            Future<DevicePacks> lowering = pool.submit(() -> packs.set(tenant.id(), MONTH, 0));
            assertThatThrownBy(() -> lowering.get(300, TimeUnit.MILLISECONDS))
                    .as("the change waits for the registration").isInstanceOf(TimeoutException.class);

            finish.countDown();
            assertThat(registration.get(10, TimeUnit.SECONDS)).isEqualTo(10);
            // Once the registration is in, the packs it counted on cannot be taken away.
            assertThatThrownBy(() -> lowering.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(ConflictException.class);
        } finally {
            pool.shutdownNow();
            fixture.devicesInUse.remove(tenant.id());
        }
    }
}
