package org.centrala.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.centrala.directory.internal.DirectoryFixture.MONTH;
import static org.centrala.directory.internal.Expect.thrown;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import org.centrala.common.DataScope;
import org.centrala.common.StaleVersionException;
import org.centrala.directory.AccessProfile;
import org.centrala.directory.AccessProfileDraft;
import org.centrala.directory.Device;
import org.centrala.directory.DeviceDraft;
import org.centrala.directory.DeviceKind;
import org.centrala.directory.DiallingRules;
import org.centrala.directory.DiallingRulesDraft;
import org.centrala.directory.Line;
import org.centrala.directory.LineDraft;
import org.centrala.tenancy.Department;
import org.centrala.tenancy.DepartmentDraft;
import org.centrala.tenancy.Reseller;
import org.centrala.tenancy.ResellerDraft;
import org.centrala.tenancy.Tenant;
import org.centrala.tenancy.TenantDraft;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Issue 9, item 2: an update made against a version is applied only if the record is still at that
 * version, and the check is the UPDATE's own (a REST or SOAP layer's earlier read cannot see a write
 * that lands between its read and the UPDATE). Of two writes against one version, the second fails
 * and writes nothing.
 */
public class VersionedUpdatesTest {
    private static DirectoryFixture fixture;
    private static final java.util.concurrent.atomic.AtomicInteger WRITES = new java.util.concurrent.atomic.AtomicInteger();
    private Tenant tenant;

    /** A different value for every write, so that each write changes the record. */
    private static int next() {
        return WRITES.incrementAndGet();
    }

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
        tenant = fixture.tenant();
        fixture.packs.set(tenant.id(), MONTH, 1);
    }

    @Test
    public void devicesLinesAccessProfilesAndDiallingRulesAreWrittenOnlyAtTheVersionRead() {
        Device device = fixture.devices.create(tenant.id(), new DeviceDraft(DeviceKind.SIP_DESK_PHONE, "Desk", null, null, null)).device();
        secondWriteAgainstOneVersionFails(device.updatedAt(),
                () -> fixture.devices.get(tenant.id(), device.id()),
                (version) -> fixture.devices.update(tenant.id(), device.id(), new DeviceDraft(DeviceKind.SIP_DESK_PHONE,
                        "Desk " + next(), null, null, null), version));

        Device phone = fixture.devices.create(tenant.id(), new DeviceDraft(DeviceKind.SIP_DESK_PHONE, "Line phone", null, null, null)).device();
        Line line = fixture.lines.create(tenant.id(), new LineDraft("Desk 7", phone.id()));
        secondWriteAgainstOneVersionFails(line.updatedAt(), () -> fixture.lines.get(tenant.id(), line.id()),
                (version) -> fixture.lines.update(tenant.id(), line.id(), new LineDraft("Desk " + next(), phone.id()), version));

        AccessProfile profile = fixture.profiles.create(tenant.id(), new AccessProfileDraft("Agents", Set.of("calls"), DataScope.OWN, null));
        secondWriteAgainstOneVersionFails(profile.updatedAt(), () -> fixture.profiles.get(tenant.id(), profile.id()),
                (version) -> fixture.profiles.update(tenant.id(), profile.id(), new AccessProfileDraft("Agents " + next(),
                        Set.of("calls"), DataScope.OWN, null), version));

        org.centrala.directory.User clerk = fixture.backOffice(tenant);
        Device clerksDesk = fixture.devices.create(tenant.id(), new DeviceDraft(DeviceKind.SIP_DESK_PHONE, "Clerk's desk", clerk.id(), null,
                null)).device();
        assertThat(fixture.ringPlans.get(tenant.id(), clerk.id()).updatedAt()).as("the default plan has no version").isNull();
        org.centrala.directory.RingPlan plan = fixture.ringPlans.set(tenant.id(), clerk.id(),
                List.of(new org.centrala.directory.RingStep(List.of(clerksDesk.id()), 10)));
        assertThat(plan.updatedAt()).isNotNull();
        secondWriteAgainstOneVersionFails(plan.updatedAt(), () -> fixture.ringPlans.get(tenant.id(), clerk.id()),
                (version) -> fixture.ringPlans.set(tenant.id(), clerk.id(), List.of(new org.centrala.directory.RingStep(List.of(clerksDesk.id()),
                        10 + next() % 100)), version));

        DiallingRules rules = fixture.diallingRules.set(tenant.id(), new DiallingRulesDraft("0", true, Set.of(), List.of()));
        secondWriteAgainstOneVersionFails(rules.updatedAt(), () -> fixture.diallingRules.get(tenant.id()),
                (version) -> fixture.diallingRules.set(tenant.id(), new DiallingRulesDraft(next() % 2 == 0 ? "9" : "8", true,
                        Set.of(), List.of()), version));
    }

    /** The tenancy's records take their versions from the wall clock: only the refusal of a version that never was is certain. */
    @Test
    public void resellersTenantsAndDepartmentsAreWrittenOnlyAtTheVersionRead() {
        Reseller reseller = fixture.resellers.get(tenant.resellerId());
        Instant never = reseller.updatedAt().minusMillis(1);
        assertThat(thrown(StaleVersionException.class, () -> fixture.resellers.update(reseller.id(), new ResellerDraft("Renamed", null), never))
                .getMessage()).contains("reseller '" + reseller.id() + "' was changed by someone else");
        assertThat(fixture.resellers.get(reseller.id())).as("nothing written").isEqualTo(reseller);
        assertThat(fixture.resellers.update(reseller.id(), new ResellerDraft("Renamed " + reseller.id(), null), reseller.updatedAt()).name())
                .startsWith("Renamed");

        Tenant before = fixture.tenants.get(tenant.id());
        TenantDraft renamed = new TenantDraft(before.resellerId(), "Renamed tenant", new org.centrala.tenancy.PbxSettings("pbx.example.com", 5038,
                "centrala", null, before.pbx().dialplanContext()), before.signInDomain());
        thrown(StaleVersionException.class, () -> fixture.tenants.update(tenant.id(), renamed, before.updatedAt().minusMillis(1)));
        assertThat(fixture.tenants.get(tenant.id()).name()).as("nothing written").isEqualTo(before.name());
        assertThat(fixture.tenants.update(tenant.id(), renamed, before.updatedAt()).name()).isEqualTo("Renamed tenant");

        Department department = fixture.department(tenant, "RS");
        thrown(StaleVersionException.class, () -> fixture.departments.update(tenant.id(), department.id(), new DepartmentDraft("Lost", "RS"),
                department.updatedAt().minusMillis(1)));
        assertThat(fixture.departments.get(tenant.id(), department.id())).isEqualTo(department);
        assertThat(fixture.departments.update(tenant.id(), department.id(), new DepartmentDraft("Kept", "RS"), department.updatedAt()).name())
                .isEqualTo("Kept");
    }

    /**
     * Two writers read {@code read}; the first writes against it, the clock moves on, the second
     * writes against it too and is refused, leaving the first one's write.
     */
    private static <T> void secondWriteAgainstOneVersionFails(Instant read, Supplier<T> current, Function<Instant, T> writeAgainst) {
        fixture.clock.advance(Duration.ofSeconds(1));
        T first = writeAgainst.apply(read);
        assertThat(current.get()).isEqualTo(first);
        fixture.clock.advance(Duration.ofSeconds(1));
        StaleVersionException stale = thrown(StaleVersionException.class, () -> writeAgainst.apply(read));
        assertThat(stale.getMessage()).contains("was changed by someone else since it was read");
        assertThat(current.get()).as("the second write wrote nothing").isEqualTo(first);
        assertThat(writeAgainst.apply(null)).as("without a version, the last write wins").isNotEqualTo(first);
    }
}
