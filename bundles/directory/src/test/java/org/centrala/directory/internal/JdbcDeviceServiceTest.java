package org.centrala.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.centrala.directory.internal.Expect.fields;
import static org.centrala.directory.internal.Expect.thrown;
import static org.centrala.directory.internal.DirectoryFixture.MONTH;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.centrala.common.ConflictException;
import org.centrala.common.NotFoundException;
import org.centrala.common.PageRequest;
import org.centrala.common.ValidationException;
import org.centrala.directory.Device;
import org.centrala.directory.DeviceDraft;
import org.centrala.directory.DeviceKind;
import org.centrala.directory.DeviceQuery;
import org.centrala.directory.LineDraft;
import org.centrala.directory.NewDevice;
import org.centrala.directory.RingStep;
import org.centrala.directory.User;
import org.centrala.directory.UserDraft;
import org.centrala.directory.UserType;
import org.centrala.tenancy.Department;
import org.centrala.tenancy.Tenant;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;

public class JdbcDeviceServiceTest {
    private static DirectoryFixture fixture;
    private JdbcDeviceService devices;
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
        devices = fixture.devices;
        tenant = fixture.tenant();
    }

    private NewDevice softphone(String label) {
        return devices.create(tenant.id(), new DeviceDraft(DeviceKind.SIP_SOFTPHONE, label, null, null, null));
    }

    private NewDevice mobile(String number, String region, String ownerUserId) {
        return devices.create(tenant.id(), new DeviceDraft(DeviceKind.MOBILE_PHONE, "Mobile", ownerUserId, number, region));
    }

    private long registered() {
        return fixture.db.count("SELECT COUNT(*) FROM device WHERE tenant_id = ?", tenant.id());
    }

    @Test
    public void r3_withoutPacksNoDeviceCanBeRegistered() {
        assertThat(thrown(ConflictException.class, () -> softphone("Soft 1")))
                .hasMessageContaining("0 device pack(s) allow 0").hasMessageContaining("buy pack number 1");
        assertThat(registered()).isZero();
    }

    @Test
    public void r3_eleventhDeviceNeedsASecondPack() {
        fixture.packs.set(tenant.id(), MONTH, 1);
        for (int i = 1; i <= 10; i++) {
            softphone("Soft " + i);
        }

        assertThat(thrown(ConflictException.class, () -> softphone("Soft 11")))
                .hasMessageContaining("has 10 devices").hasMessageContaining("buy pack number 2");
        assertThat(thrown(ConflictException.class, () -> mobile("+381 64 123 4567", null, null))).as("mobiles count too").isNotNull();

        fixture.packs.set(tenant.id(), MONTH, 2);
        for (int i = 11; i <= 20; i++) {
            softphone("Soft " + i);
        }
        assertThat(thrown(ConflictException.class, () -> softphone("Soft 21"))).hasMessageContaining("buy pack number 3");
        assertThat(registered()).isEqualTo(20);
        assertThat(fixture.packs.get(tenant.id()).devicesInUse()).isEqualTo(20);

        // And the packs cannot be lowered below the devices registered.
        assertThat(thrown(ConflictException.class, () -> fixture.packs.set(tenant.id(), MONTH.plusMonths(1), 1)))
                .hasMessageContaining("remove 10 device(s)");
    }

    @Test
    public void r3_aLowerPackCountScheduledForNextMonthLimitsRegistrationsNow() {
        fixture.packs.set(tenant.id(), MONTH, 2);
        fixture.packs.set(tenant.id(), MONTH.plusMonths(1), 1);
        for (int i = 1; i <= 10; i++) {
            softphone("Soft " + i);
        }

        assertThat(thrown(ConflictException.class, () -> softphone("Soft 11"))).isNotNull();
    }

    @Test
    public void r3_deletedDevicesFreeTheirPlace() {
        fixture.packs.set(tenant.id(), MONTH, 1);
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            ids.add(softphone("Soft " + i).device().id());
        }
        devices.delete(tenant.id(), ids.get(3));

        assertThat(softphone("Soft 11").device().label()).isEqualTo("Soft 11");
        assertThat(thrown(NotFoundException.class, () -> devices.get(tenant.id(), ids.get(3))).id()).isEqualTo(ids.get(3));
    }

    @Test(timeout = 60_000)
    public void r3_neverMoreDevicesThanPacksAllowUnderConcurrency() throws Exception {
        fixture.packs.set(tenant.id(), MONTH, 1);
        int threads = 40;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            AtomicInteger created = new AtomicInteger();
            AtomicInteger refused = new AtomicInteger();
            ConcurrentLinkedQueue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
            List<Future<?>> races = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                String label = "Racer " + i;
                races.add(pool.submit(() -> {
                    try {
                        start.await();
                        softphone(label);
                        created.incrementAndGet();
                    } catch (ConflictException e) {
                        refused.incrementAndGet();
                    } catch (Throwable e) {
                        unexpected.add(e);
                    }
                }));
            }
            start.countDown();
            for (Future<?> race : races) {
                race.get(50, TimeUnit.SECONDS);
            }

            assertThat(unexpected).isEmpty();
            assertThat(created.get()).isEqualTo(10);
            assertThat(refused.get()).isEqualTo(threads - 10);
            assertThat(registered()).isEqualTo(10);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Issue 9, item 4: devices are found by kind, owner and free text, and the parts add up. */
    @Test
    public void findsDevicesByLabelSipUsernameMobileDigitsKindAndOwner() {
        fixture.packs.set(tenant.id(), MONTH, 1);
        NewDevice reception = softphone("Reception 100%");
        NewDevice desk = devices.create(tenant.id(), new DeviceDraft(DeviceKind.SIP_DESK_PHONE, "Desk of Ana", null, null, null));
        org.centrala.directory.User owner = fixture.contactCentre(tenant);
        NewDevice phone = mobile("+381 64 555 0199", null, owner.id());
        Tenant other = fixture.tenant();
        fixture.packs.set(other.id(), MONTH, 1);
        devices.create(other.id(), new DeviceDraft(DeviceKind.SIP_SOFTPHONE, "Reception elsewhere", null, null, null));

        assertThat(found(new DeviceQuery("RECEPTION", null, null))).as("part of the label, any case; the tenant's own only")
                .containsExactly(reception.device().id());
        assertThat(found(new DeviceQuery("100%", null, null))).as("LIKE's wildcards are plain characters").containsExactly(reception.device().id());
        assertThat(found(new DeviceQuery("1%0", null, null))).as("not a wildcard").isEmpty();
        assertThat(found(new DeviceQuery(desk.device().sipUsername().substring(2, 8), null, null))).as("part of the SIP user name")
                .containsExactly(desk.device().id());
        for (String digits : List.of("5550199", "064 555 0199", "+381645550199")) {
            assertThat(found(new DeviceQuery(digits, null, null))).as(digits).containsExactly(phone.device().id());
        }
        assertThat(found(new DeviceQuery(null, null, DeviceKind.SIP_DESK_PHONE))).containsExactly(desk.device().id());
        assertThat(found(new DeviceQuery(null, owner.id(), null))).containsExactly(phone.device().id());
        assertThat(found(new DeviceQuery("reception", owner.id(), null))).as("the parts add up").isEmpty();
        assertThat(devices.find(tenant.id(), new DeviceQuery(null, null, null), PageRequest.first(2)).total()).isEqualTo(3);
    }

    private List<String> found(DeviceQuery query) {
        return devices.find(tenant.id(), query, PageRequest.first(100)).items().stream().map(org.centrala.directory.Device::id).toList();
    }

    @Test
    public void r3_sipDevicesGetCredentialsWhoseSecretIsShownOnce() {
        fixture.packs.set(tenant.id(), MONTH, 1);
        NewDevice desk = devices.create(tenant.id(), new DeviceDraft(DeviceKind.SIP_DESK_PHONE, " Reception ", null, null, null));
        NewDevice soft = softphone("Soft");

        assertThat(desk.device().label()).isEqualTo("Reception");
        assertThat(desk.device().kind()).isEqualTo(DeviceKind.SIP_DESK_PHONE);
        assertThat(desk.device().sipUsername()).matches("sip-[a-z2-9]{12}");
        assertThat(desk.device().mobileNumber()).isNull();
        assertThat(desk.sipSecret()).hasSizeGreaterThanOrEqualTo(20).matches("[A-Za-z0-9_-]+");
        assertThat(fixture.storedSecret(desk.device().id())).contains(desk.sipSecret());
        assertThat(soft.device().sipUsername()).isNotEqualTo(desk.device().sipUsername());
        assertThat(soft.sipSecret()).isNotEqualTo(desk.sipSecret());
        assertThat(desk.toString()).doesNotContain(desk.sipSecret());

        // Never again: no read has a field for it, and none carries it in any field.
        assertThat(Arrays.stream(Device.class.getRecordComponents()).map(RecordComponent::getName))
                .noneMatch(name -> name.toLowerCase().contains("secret"));
        Device read = devices.get(tenant.id(), desk.device().id());
        assertThat(read).isEqualTo(desk.device());
        assertThat(read.toString()).doesNotContain(desk.sipSecret());
        assertThat(devices.list(tenant.id(), null, PageRequest.first(10)).items())
                .containsExactly(desk.device(), soft.device())
                .allSatisfy(d -> assertThat(d.toString()).doesNotContain(desk.sipSecret()).doesNotContain(soft.sipSecret()));
    }

    @Test
    public void r3_mobilePhonesHaveNoSipCredentials() {
        fixture.packs.set(tenant.id(), MONTH, 1);
        NewDevice phone = mobile("+381 64 123 4567", null, null);

        assertThat(phone.sipSecret()).isNull();
        assertThat(phone.device().sipUsername()).isNull();
        assertThat(fixture.storedSecret(phone.device().id())).isEmpty();
    }

    @Test
    public void r3_mobileNumbersAreStoredInE164() {
        fixture.packs.set(tenant.id(), MONTH, 1);
        Department belgrade = fixture.department(tenant, "RS");
        User clerk = fixture.users.create(tenant.id(), new UserDraft(UserType.BACK_OFFICE, belgrade.id(), "Clerk", null, null, null, null));

        assertThat(mobile("+381 64 123 4567", null, null).device().mobileNumber()).isEqualTo("+381641234567");
        assertThat(mobile("064 123 4567", "RS", null).device().mobileNumber()).as("national, with a region").isEqualTo("+381641234567");
        assertThat(mobile("064/123-4567", null, clerk.id()).device().mobileNumber())
                .as("national, in the owner's department's country").isEqualTo("+381641234567");
        assertThat(mobile("0151 23456789", "DE", clerk.id()).device().mobileNumber()).as("the region wins").isEqualTo("+4915123456789");
        assertThat(mobile("+49 151 23456789", null, clerk.id()).device().mobileNumber()).isEqualTo("+4915123456789");
    }

    @Test
    public void r3_invalidOrNonMobileNumbersAreRefused() {
        fixture.packs.set(tenant.id(), MONTH, 1);
        User nowhere = fixture.backOffice(tenant);

        assertThat(thrown(ValidationException.class, () -> mobile("+381 11 123 4567", null, null)))
                .as("a Belgrade landline").hasMessageContaining("not a mobile");
        assertThat(fields(thrown(ValidationException.class, () -> mobile("+381 64 12", null, null)))).containsExactly("mobileNumber");
        assertThat(fields(thrown(ValidationException.class, () -> mobile("not a number", "RS", null)))).containsExactly("mobileNumber");
        assertThat(fields(thrown(ValidationException.class, () -> mobile("064 123 4567", null, null))))
                .as("national, without a region").containsExactly("mobileNumber");
        assertThat(fields(thrown(ValidationException.class, () -> mobile("064 123 4567", null, nowhere.id()))))
                .as("national, the owner in no department").containsExactly("mobileNumber");
        assertThat(fields(thrown(ValidationException.class, () -> mobile(null, null, null)))).containsExactly("mobileNumber");
        assertThat(fields(thrown(ValidationException.class, () -> mobile("064 123 4567", "rs", null)))).containsExactly("region");
        assertThat(fields(thrown(ValidationException.class, () -> devices.create(tenant.id(),
                new DeviceDraft(DeviceKind.SIP_DESK_PHONE, "Desk", null, "+381 64 123 4567", null))))).containsExactly("mobileNumber");
        assertThat(fields(thrown(ValidationException.class, () -> devices.create(tenant.id(), new DeviceDraft(null, " ", null, null, null)))))
                .containsExactlyInAnyOrder("kind", "label");
        assertThat(registered()).isZero();
    }

    @Test
    public void r1_devicesAndOwnersOfAnotherTenantAreNotFound() {
        fixture.packs.set(tenant.id(), MONTH, 1);
        Tenant other = fixture.tenant();
        User theirs = fixture.backOffice(other);
        Device mine = softphone("Mine").device();

        assertThat(fields(thrown(ValidationException.class, () -> devices.create(tenant.id(),
                new DeviceDraft(DeviceKind.SIP_SOFTPHONE, "Soft", theirs.id(), null, null))))).containsExactly("ownerUserId");
        assertThat(thrown(NotFoundException.class, () -> devices.get(other.id(), mine.id())).id()).isEqualTo(mine.id());
        assertThat(thrown(NotFoundException.class, () -> devices.delete(other.id(), mine.id()))).isNotNull();
        assertThat(thrown(NotFoundException.class, () -> devices.update(other.id(), mine.id(),
                new DeviceDraft(DeviceKind.SIP_SOFTPHONE, "Stolen", null, null, null)))).isNotNull();
        assertThat(devices.list(other.id(), null, PageRequest.first(10)).items()).isEmpty();
    }

    @Test
    public void r3_updateAssignsDevicesButNeverChangesTheirKind() {
        fixture.packs.set(tenant.id(), MONTH, 1);
        User clerk = fixture.backOffice(tenant);
        Device soft = softphone("Soft").device();

        Device assigned = devices.update(tenant.id(), soft.id(), new DeviceDraft(DeviceKind.SIP_SOFTPHONE, "Clerk's softphone", clerk.id(), null, null));
        assertThat(assigned.ownerUserId()).isEqualTo(clerk.id());
        assertThat(assigned.label()).isEqualTo("Clerk's softphone");
        assertThat(assigned.sipUsername()).isEqualTo(soft.sipUsername());
        assertThat(devices.list(tenant.id(), clerk.id(), PageRequest.first(10)).items()).containsExactly(assigned);

        assertThat(fields(thrown(ValidationException.class, () -> devices.update(tenant.id(), soft.id(),
                new DeviceDraft(DeviceKind.SIP_DESK_PHONE, "Desk", clerk.id(), null, null))))).containsExactly("kind");

        // While it rings in the clerk's ring plan, it stays the clerk's.
        fixture.ringPlans.set(tenant.id(), clerk.id(), List.of(new RingStep(List.of(soft.id()), 15)));
        assertThat(thrown(ConflictException.class, () -> devices.update(tenant.id(), soft.id(),
                new DeviceDraft(DeviceKind.SIP_SOFTPHONE, "Soft", null, null, null)))).hasMessageContaining("ring plan");
        assertThat(devices.update(tenant.id(), soft.id(), new DeviceDraft(DeviceKind.SIP_SOFTPHONE, "Renamed", clerk.id(), null, null)).label())
                .isEqualTo("Renamed");
    }

    @Test
    public void r3_deleteIsRefusedWhileARingPlanOrALineUsesTheDevice() {
        fixture.packs.set(tenant.id(), MONTH, 1);
        User clerk = fixture.backOffice(tenant);
        Device desk = fixture.device(tenant, DeviceKind.SIP_DESK_PHONE, clerk.id()).device();
        Device mobile = fixture.device(tenant, DeviceKind.MOBILE_PHONE, clerk.id()).device();
        fixture.ringPlans.set(tenant.id(), clerk.id(), List.of(new RingStep(List.of(desk.id(), mobile.id()), 30)));
        Device hotDesk = softphone("Hot desk").device();
        fixture.lines.create(tenant.id(), new LineDraft("Desk 7", hotDesk.id()));

        assertThat(thrown(ConflictException.class, () -> devices.delete(tenant.id(), desk.id()))).hasMessageContaining("ring plan");
        assertThat(thrown(ConflictException.class, () -> devices.delete(tenant.id(), hotDesk.id()))).hasMessageContaining("line");
        assertThat(registered()).isEqualTo(3);

        fixture.ringPlans.reset(tenant.id(), clerk.id());
        devices.delete(tenant.id(), desk.id());
        String lineId = fixture.lines.list(tenant.id(), PageRequest.first(10)).items().get(0).id();
        fixture.lines.delete(tenant.id(), lineId);
        devices.delete(tenant.id(), hotDesk.id());
        assertThat(new HashSet<>(devices.list(tenant.id(), null, PageRequest.first(10)).items())).isEqualTo(Set.of(mobile));
        assertThat(thrown(NotFoundException.class, () -> devices.delete(tenant.id(), UUID.randomUUID().toString()))).isNotNull();
    }
}
