package org.centrala.licensing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.centrala.licensing.internal.LicensingFixture.MONTH;

import org.centrala.tenancy.Reseller;
import org.centrala.tenancy.Tenant;
import org.junit.BeforeClass;
import org.junit.Test;

/** Issue 9, item 6: a month closes by itself once its grace period has passed, unless the reseller closed it first. */
public class MonthCloserTest {
    private static LicensingFixture fixture;

    @BeforeClass
    public static void createSchema() {
        fixture = new LicensingFixture();
    }

    @Test
    public void thePreviousMonthClosesAfterTheGracePeriodOnce() {
        Reseller reseller = fixture.reseller();
        Tenant tenant = fixture.tenant(reseller, "Closing tenant");
        MonthCloser closer = new MonthCloser(fixture.billing, fixture.resellers, fixture.clock, 10);

        fixture.clock.set(MONTH.plusMonths(1), 10);
        assertThat(closer.closeDue()).as("still within the grace period").isZero();
        assertThat(fixture.billing.statement(tenant.id(), MONTH).closed()).isFalse();

        fixture.clock.set(MONTH.plusMonths(1), 12);
        assertThat(closer.closeDue()).isPositive();
        assertThat(fixture.billing.statement(tenant.id(), MONTH).closed()).isTrue();
        assertThat(closer.closeDue()).as("closed already: nothing more").isZero();
        assertThat(new MonthCloser(fixture.billing, fixture.resellers, fixture.clock, 0).closeDue()).as("0 closes nothing by itself").isZero();
    }
}
