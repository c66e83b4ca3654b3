package org.centrala.licensing.internal;

import java.time.Clock;
import java.time.YearMonth;

import org.centrala.audit.AuditEvent;
import org.centrala.audit.AuditLog;
import org.centrala.common.ConflictException;
import org.centrala.licensing.DeviceInventory;
import org.centrala.licensing.DevicePackService;
import org.centrala.licensing.DevicePacks;
import org.centrala.persistence.Database;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** R3: device packs of 10 per tenant. */
@Component(service = DevicePackService.class)
public class JdbcDevicePackService implements DevicePackService {
    private final Database db;
    private final Clock clock;
    private final Subscriptions subscriptions;
    private final AuditLog audit;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile DeviceInventory inventory;

    @Activate
    public JdbcDevicePackService(@Reference LicensingSchema schema) {
        this.db = schema.database();
        this.clock = schema.clock();
        this.subscriptions = new Subscriptions(db);
        this.audit = schema.audit();
    }

    /** For tests without OSGi. */
    public JdbcDevicePackService(LicensingSchema schema, DeviceInventory inventory) {
        this(schema);
        this.inventory = inventory;
    }

    @Override
    public DevicePacks get(String tenantId) {
        return db.inTransaction(() -> {
            subscriptions.requireTenant(tenantId);
            return read(tenantId);
        });
    }

    @Override
    public DevicePacks set(String tenantId, YearMonth fromMonth, int packs, java.time.Instant expectedUpdatedAt) {
        Subscriptions.validQuantity("packs", packs);
        YearMonth current = YearMonth.now(clock);
        YearMonth from = Subscriptions.validFromMonth(fromMonth, current);
        subscriptions.ensureLock(tenantId, DevicePacks.ITEM);
        return db.inTransaction(() -> {
            subscriptions.lock(tenantId, DevicePacks.ITEM);
            java.time.Instant version = subscriptions.nextVersion(tenantId, DevicePacks.ITEM, expectedUpdatedAt, clock.instant(),
                    "the device packs of tenant '" + tenantId + "'");
            int inUse = devicesInUse(tenantId);
            if (packs * DevicePacks.DEVICES_PER_PACK < inUse) {
                throw new ConflictException("the tenant has " + inUse + " devices, more than " + packs + " pack(s) of "
                        + DevicePacks.DEVICES_PER_PACK + " allow; remove " + (inUse - packs * DevicePacks.DEVICES_PER_PACK)
                        + " device(s) first (R3)");
            }
            subscriptions.set(tenantId, DevicePacks.ITEM, from, packs, current, version);
            audit.record(AuditEvent.ofTenant(tenantId, "device-packs.set", "device-packs")
                    .with(java.util.Map.of("packs", packs, "fromMonth", from)));
            return read(tenantId);
        });
    }

    @Override
    public int lockDeviceAllowance(String tenantId) {
        return db.inTransaction(() -> subscriptions.lock(tenantId, DevicePacks.ITEM)
                ? subscriptions.lowestFrom(tenantId, DevicePacks.ITEM, YearMonth.now(clock)) * DevicePacks.DEVICES_PER_PACK
                : 0);
    }

    private DevicePacks read(String tenantId) {
        YearMonth current = YearMonth.now(clock);
        int packs = subscriptions.quantityAt(tenantId, DevicePacks.ITEM, current);
        return new DevicePacks(tenantId, packs, packs * DevicePacks.DEVICES_PER_PACK, devicesInUse(tenantId),
                subscriptions.changesFrom(tenantId, DevicePacks.ITEM, current), subscriptions.version(tenantId, DevicePacks.ITEM));
    }

    private int devicesInUse(String tenantId) {
        DeviceInventory current = inventory;
        return current == null ? 0 : current.devicesInUse(tenantId);
    }
}
