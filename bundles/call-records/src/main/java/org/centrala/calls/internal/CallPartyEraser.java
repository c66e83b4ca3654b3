package org.centrala.calls.internal;

import org.centrala.persistence.Database;
import org.centrala.tenancy.TenantDataEraser;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Issue 9: the call records of an erased tenant stay for its statistics and its reseller's records,
 * without the numbers of the people who called and were called. Users are referred to by id only,
 * and erased users' names are pseudonyms already.
 */
@Component(property = TenantDataEraser.CONCERN + "=call-records")
public class CallPartyEraser implements TenantDataEraser {
    private final Database db;

    @Activate
    public CallPartyEraser(@Reference Database db) {
        this.db = db;
    }

    @Override
    public void eraseTenant(String tenantId) {
        db.update("UPDATE call_record SET from_number = NULL, to_number = NULL WHERE tenant_id = ?", tenantId);
    }
}
