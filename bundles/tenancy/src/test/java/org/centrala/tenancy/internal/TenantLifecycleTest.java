package org.centrala.tenancy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.centrala.tenancy.internal.Expect.thrown;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.centrala.common.ConflictException;
import org.centrala.tenancy.Reseller;
import org.centrala.tenancy.ResellerDraft;
import org.centrala.tenancy.Tenant;
import org.centrala.tenancy.TenantDataEraser;
import org.centrala.tenancy.TenantMonth;
import org.centrala.tenancy.TenantStatus;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;

/** Issue 9: a tenant's way from active to erased, its moves between resellers, and how billing sees its months. */
public class TenantLifecycleTest {
    private static TenancyFixture fixture;
    private JdbcTenantService tenants;
    private Reseller reseller;
    private final List<String> erased = new ArrayList<>();
    private final TenantDataEraser eraser = erased::add;
    private final TenantDataEraser directory = id -> { };
    private final TenantDataEraser security = id -> { };

    @BeforeClass
    public static void createDatabase() {
        fixture = new TenancyFixture();
    }

    @Before
    public void emptyTables() {
        fixture.clear();
        tenants = fixture.tenants;
        tenants.bindEraser(eraser, Map.of(TenantDataEraser.CONCERN, "test"));
        // The concerns every installation has; their own erasers are tested in their bundles.
        tenants.bindEraser(directory, Map.of(TenantDataEraser.CONCERN, "directory"));
        tenants.bindEraser(security, Map.of(TenantDataEraser.CONCERN, "security"));
        reseller = fixture.resellers.create(new ResellerDraft("Partner", null, 30));
    }

    @org.junit.After
    public void unbind() {
        tenants.unbindEraser(eraser, Map.of(TenantDataEraser.CONCERN, "test"));
        tenants.unbindEraser(directory, Map.of(TenantDataEraser.CONCERN, "directory"));
        tenants.unbindEraser(security, Map.of(TenantDataEraser.CONCERN, "security"));
    }

    @Test
    public void aTerminatedTenantIsErasableAfterItsResellersRetentionAndCanBeWithdrawnUntilThen() {
        Tenant tenant = fixture.tenant(reseller, "Acme");

        Tenant terminated = tenants.terminate(tenant.id());

        assertThat(terminated.status()).isEqualTo(TenantStatus.TERMINATED);
        assertThat(terminated.active()).isFalse();
        assertThat(terminated.suspendedAt()).isEqualTo(terminated.terminatedAt());
        assertThat(Duration.between(terminated.terminatedAt(), terminated.erasableAt())).isEqualTo(Duration.ofDays(30));
        assertThat(tenants.terminate(tenant.id())).as("terminating twice changes nothing").isEqualTo(terminated);
        assertThat(tenants.suspend(tenant.id())).as("suspending a terminated tenant changes nothing").isEqualTo(terminated);
        assertThat(thrown(ConflictException.class, () -> tenants.reactivate(tenant.id())))
                .hasMessageContaining("withdraw the termination first").hasMessageContaining("/termination");

        Tenant withdrawn = tenants.withdrawTermination(tenant.id());
        assertThat(withdrawn.status()).isEqualTo(TenantStatus.SUSPENDED);
        assertThat(withdrawn.terminatedAt()).isNull();
        assertThat(withdrawn.erasableAt()).isNull();
        assertThat(tenants.reactivate(tenant.id()).status()).isEqualTo(TenantStatus.ACTIVE);
        assertThat(fixture.audit.query(new org.centrala.audit.AuditQuery(tenant.id(), null, null, null), org.centrala.common.PageRequest.first(20))
                .items().stream().map(e -> e.action()).toList())
                .contains("tenant.terminated", "tenant.termination-withdrawn", "tenant.reactivated");
    }

    @Test
    public void onlyATerminatedTenantIsErasedAndErasureRemovesWhatIsPersonalButKeepsItsName() {
        Tenant tenant = fixture.tenant(reseller, "Globex");
        fixture.departments.create(tenant.id(), TenancyFixture.department("Sales", "RS"));
        assertThat(thrown(ConflictException.class, () -> tenants.erase(tenant.id())))
                .hasMessageContaining("terminate it first").hasMessageContaining("/termination");
        tenants.terminate(tenant.id());

        Tenant gone = tenants.erase(tenant.id());

        assertThat(gone.status()).isEqualTo(TenantStatus.ERASED);
        assertThat(gone.name()).isEqualTo("Globex");
        assertThat(erased).containsExactly(tenant.id());
        assertThat(fixture.db.count("SELECT COUNT(*) FROM department WHERE tenant_id = ?", tenant.id())).isZero();
        assertThat(fixture.storedSecret(tenant.id())).contains("");
        assertThat(gone.pbx().host()).isEqualTo("erased.invalid");
        // Its sign-in domain and FastAGI context are free again.
        assertThat(fixture.tenants.create(new org.centrala.tenancy.TenantDraft(reseller.id(), "Globex 2", new org.centrala.tenancy.PbxSettings(
                tenant.pbx().host(), tenant.pbx().amiPort(), "centrala", "s", tenant.pbx().agiContext()), tenant.signInDomain())).signInDomain())
                .isEqualTo(tenant.signInDomain());
        assertThat(thrown(ConflictException.class, () -> tenants.reactivate(tenant.id()))).hasMessageContaining("erased");
        assertThat(thrown(ConflictException.class, () -> tenants.withdrawTermination(tenant.id()))).hasMessageContaining("erased");
        tenants.erase(tenant.id());
        assertThat(erased).as("erasing again runs the erasers again").containsExactly(tenant.id(), tenant.id());
    }

    @Test
    public void dueErasuresEraseTheTenantsWhoseRetentionIsOver() {
        Tenant due = fixture.tenant(reseller, "Due");
        Tenant notYet = fixture.tenant(reseller, "Not yet");
        tenants.terminate(due.id());
        tenants.terminate(notYet.id());
        fixture.db.update("UPDATE tenant SET erasable_at = ? WHERE id = ?", Instant.now().minusSeconds(1), due.id());

        assertThat(new DueErasures(fixture.db, tenants, fixture.resellers, Clock.systemUTC()).eraseDue()).isEqualTo(1);

        assertThat(tenants.get(due.id()).status()).isEqualTo(TenantStatus.ERASED);
        assertThat(tenants.get(notYet.id()).status()).isEqualTo(TenantStatus.TERMINATED);
    }

    @Test
    public void aMovedTenantIsBilledByTheResellerItLeavesForTheMonthOfTheMoveAndByTheNewOneAfter() {
        Reseller other = fixture.reseller("Other partner");
        Tenant tenant = fixture.tenant(reseller, "Initech");
        YearMonth now = YearMonth.now(ZoneOffset.UTC);

        Tenant moved = tenants.move(tenant.id(), other.id());

        assertThat(moved.resellerId()).isEqualTo(other.id());
        assertThat(tenants.month(tenant.id(), now).resellerId()).isEqualTo(reseller.id());
        assertThat(tenants.month(tenant.id(), now.plusMonths(1)).resellerId()).isEqualTo(other.id());
        assertThat(tenants.billedBy(reseller.id(), now)).extracting(m -> m.tenant().id()).containsExactly(tenant.id());
        assertThat(tenants.billedBy(other.id(), now)).isEmpty();
        assertThat(tenants.billedBy(other.id(), now.plusMonths(1))).extracting(m -> m.tenant().id()).containsExactly(tenant.id());
        assertThat(tenants.billedBy(reseller.id(), now.plusMonths(1))).isEmpty();

        fixture.tenant(reseller, "Initech");
        assertThat(thrown(ConflictException.class, () -> tenants.move(tenant.id(), reseller.id())))
                .hasMessageContaining("already has a tenant named 'Initech'").hasMessageContaining("rename one");
    }

    @Test
    public void aTenantIsInServiceInAMonthItWasActiveInAtSomeMoment() {
        Tenant tenant = fixture.tenant(reseller, "Hooli");
        YearMonth march = YearMonth.of(2026, 3);
        // Its past, as the history holds it: created in January, suspended in March, reactivated in May.
        fixture.db.update("DELETE FROM tenant_change WHERE tenant_id = ?", tenant.id());
        fixture.db.update("DELETE FROM reseller_change WHERE reseller_id = ?", reseller.id());
        fixture.db.update("INSERT INTO reseller_change (reseller_id, changed_at, status) VALUES (?, ?, 'ACTIVE')", reseller.id(), at(2025, 1, 1));
        history(tenant, at(2026, 1, 15), TenantStatus.ACTIVE);
        history(tenant, at(2026, 3, 10), TenantStatus.SUSPENDED);
        history(tenant, at(2026, 5, 20), TenantStatus.ACTIVE);

        assertThat(inService(tenant, YearMonth.of(2025, 12))).as("before it existed").isFalse();
        assertThat(inService(tenant, YearMonth.of(2026, 1))).as("created in it").isTrue();
        assertThat(inService(tenant, march)).as("suspended in it").isTrue();
        assertThat(inService(tenant, YearMonth.of(2026, 4))).as("suspended throughout").isFalse();
        assertThat(inService(tenant, YearMonth.of(2026, 5))).as("reactivated in it").isTrue();

        // The reseller suspended throughout April and May: none of its tenants is in service then.
        fixture.db.update("INSERT INTO reseller_change (reseller_id, changed_at, status) VALUES (?, ?, 'SUSPENDED')", reseller.id(), at(2026, 3, 31));
        fixture.db.update("INSERT INTO reseller_change (reseller_id, changed_at, status) VALUES (?, ?, 'ACTIVE')", reseller.id(), at(2026, 6, 2));
        assertThat(inService(tenant, march)).isTrue();
        assertThat(inService(tenant, YearMonth.of(2026, 5))).isFalse();
        assertThat(inService(tenant, YearMonth.of(2026, 6))).isTrue();
    }

    private boolean inService(Tenant tenant, YearMonth month) {
        TenantMonth billing = tenants.month(tenant.id(), month);
        return billing.inService();
    }

    private void history(Tenant tenant, Instant at, TenantStatus status) {
        fixture.db.update("INSERT INTO tenant_change (tenant_id, changed_at, reseller_id, status) VALUES (?, ?, ?, ?)", tenant.id(), at,
                reseller.id(), status.name());
    }

    private static Instant at(int year, int month, int day) {
        return java.time.LocalDate.of(year, month, day).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    /** Issue 9: a reseller ends after its tenants; its erasure erases the terminated tenants it still has. */
    @Test
    public void aResellerIsTerminatedOnceItsTenantsAreAndItsErasureErasesThem() {
        Tenant running = fixture.tenant(reseller, "Running");
        Tenant other = fixture.tenant(reseller, "Other");
        List<String> resellersErased = new ArrayList<>();
        org.centrala.tenancy.ResellerDataEraser credentials = resellersErased::add;
        fixture.resellers.bindEraser(credentials);
        try {
            assertThat(thrown(ConflictException.class, () -> fixture.resellers.terminate(reseller.id())))
                    .hasMessageContaining("2 active or suspended tenant(s)").hasMessageContaining("/termination").hasMessageContaining("/move");
            tenants.terminate(running.id());
            tenants.move(other.id(), fixture.reseller("Elsewhere").id());

            Reseller terminated = fixture.resellers.terminate(reseller.id());
            assertThat(terminated.status()).isEqualTo(TenantStatus.TERMINATED);
            assertThat(Duration.between(terminated.terminatedAt(), terminated.erasableAt())).isEqualTo(Duration.ofDays(30));
            assertThat(thrown(ConflictException.class, () -> fixture.resellers.reactivate(reseller.id()))).hasMessageContaining("withdraw");
            assertThat(fixture.resellers.suspend(reseller.id()).status()).as("suspending changes nothing").isEqualTo(TenantStatus.TERMINATED);
            assertThat(fixture.resellers.withdrawTermination(reseller.id()).status()).isEqualTo(TenantStatus.SUSPENDED);
            fixture.resellers.terminate(reseller.id());

            Reseller erased = fixture.resellers.erase(reseller.id());

            assertThat(erased.status()).isEqualTo(TenantStatus.ERASED);
            assertThat(erased.name()).isEqualTo("Partner");
            assertThat(erased.contactEmail()).isNull();
            assertThat(tenants.get(running.id()).status()).as("its terminated tenant is erased with it").isEqualTo(TenantStatus.ERASED);
            assertThat(tenants.get(other.id()).status()).as("the one that moved away is not its").isEqualTo(TenantStatus.ACTIVE);
            assertThat(resellersErased).containsExactly(reseller.id());
            assertThat(thrown(ConflictException.class, () -> fixture.resellers.reactivate(reseller.id()))).hasMessageContaining("erased");
        } finally {
            fixture.resellers.unbindEraser(credentials);
        }
    }

    /** Issue 9: an erasure waits for the concerns that hold personal data, instead of marking the tenant erased without them. */
    @Test
    public void anErasureWaitsWhileAConcernThatErasesIsAway() {
        Tenant tenant = fixture.tenant(reseller, "Waits");
        tenants.terminate(tenant.id());
        tenants.unbindEraser(security, Map.of(TenantDataEraser.CONCERN, "security"));

        assertThat(thrown(org.centrala.common.UnavailableException.class, () -> tenants.erase(tenant.id()))).hasMessageContaining("security");
        assertThat(tenants.get(tenant.id()).status()).isEqualTo(TenantStatus.TERMINATED);
        assertThat(new DueErasures(fixture.db, tenants, fixture.resellers, Clock.systemUTC()).eraseDue()).as("tried again later").isZero();

        tenants.bindEraser(security, Map.of(TenantDataEraser.CONCERN, "security"));
        fixture.db.update("UPDATE tenant SET erasable_at = ? WHERE id = ?", Instant.now().minusSeconds(1), tenant.id());
        assertThat(new DueErasures(fixture.db, tenants, fixture.resellers, Clock.systemUTC()).eraseDue()).isEqualTo(1);
    }

    /** Issue 9: no tenant comes back to life, is created or moves in under a terminated reseller. */
    @Test
    public void aTerminatedResellerTakesNoTenant() {
        Tenant tenant = fixture.tenant(reseller, "Last");
        tenants.terminate(tenant.id());
        fixture.resellers.terminate(reseller.id());

        assertThat(thrown(ConflictException.class, () -> tenants.withdrawTermination(tenant.id()))).hasMessageContaining("withdraw its termination");
        assertThat(thrown(ConflictException.class, () -> fixture.tenant(reseller, "New"))).hasMessageContaining("takes no tenants");
        Tenant elsewhere = fixture.tenant(fixture.reseller("Elsewhere"), "Mover");
        assertThat(thrown(ConflictException.class, () -> tenants.move(elsewhere.id(), reseller.id()))).hasMessageContaining("takes no tenants");
    }

    /** Issue 9: an erased tenant's name is free again for its reseller. */
    @Test
    public void anErasedTenantsNameIsFreeAgain() {
        Tenant tenant = fixture.tenant(reseller, "Reused");
        tenants.terminate(tenant.id());
        tenants.erase(tenant.id());

        assertThat(fixture.tenant(reseller, "Reused").name()).isEqualTo("Reused");
        assertThat(tenants.get(tenant.id()).name()).as("the erased one keeps its name for billing").isEqualTo("Reused");
    }
}
