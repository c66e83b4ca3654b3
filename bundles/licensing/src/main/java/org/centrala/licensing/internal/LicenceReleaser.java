package org.centrala.licensing.internal;

import java.time.temporal.ChronoUnit;

import org.centrala.persistence.Database;
import org.centrala.tenancy.TenantDataEraser;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Issue 9: an erased tenant's users hold no licence any more. The holdings stay, ended now, because
 * they are the billing history its reseller keeps.
 */
@Component(property = TenantDataEraser.CONCERN + "=licensing")
public class LicenceReleaser implements TenantDataEraser {
    private final Database db;
    private final java.time.Clock clock;

    @Activate
    public LicenceReleaser(@Reference LicensingSchema schema) {
        this.db = schema.database();
        this.clock = schema.clock();
    }

    @Override
    public void eraseTenant(String tenantId) {
        db.update("UPDATE licence_holding SET held_until = ? WHERE tenant_id = ? AND held_until IS NULL",
                clock.instant().truncatedTo(ChronoUnit.MILLIS), tenantId);
    }
}
