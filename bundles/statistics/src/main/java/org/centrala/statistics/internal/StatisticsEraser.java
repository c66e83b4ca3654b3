package org.centrala.statistics.internal;

import org.centrala.tenancy.TenantDataEraser;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** An erased tenant's figures go with it (issue 9: its data erased; its billing is not kept here). */
@Component(service = TenantDataEraser.class, property = TenantDataEraser.CONCERN + "=statistics")
public class StatisticsEraser implements TenantDataEraser {
    private final StatisticsSchema schema;
    private final RollupWriter writer;

    @Activate
    public StatisticsEraser(@Reference StatisticsSchema schema, @Reference RollupWriter writer) {
        this.schema = schema;
        this.writer = writer;
    }

    @Override
    public void eraseTenant(String tenantId) {
        schema.rollups().eraseTenant(tenantId);
        writer.onThread(() -> {
            writer.forget(tenantId);
            return null;
        });
    }
}
