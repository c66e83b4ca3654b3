package org.centrala.licensing.internal;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.centrala.audit.internal.JdbcAuditLog;
import org.centrala.persistence.internal.ThreadActorContext;
import org.centrala.persistence.Database;
import org.centrala.persistence.internal.JdbcAccessChanges;
import org.centrala.persistence.internal.JdbcDatabase;
import org.centrala.tenancy.PbxSettings;
import org.centrala.tenancy.Reseller;
import org.centrala.tenancy.ResellerDraft;
import org.centrala.tenancy.Tenant;
import org.centrala.tenancy.TenantDraft;
import org.centrala.tenancy.internal.JdbcResellerService;
import org.centrala.tenancy.internal.JdbcTenantService;
import org.centrala.tenancy.internal.TenancySchema;

/**
 * The licensing services, with the real tenancy services beneath them, on a fresh in-memory Derby
 * database (the approach of the persistence tests' InMemoryDerby). One fixture serves a test
 * class; tests keep apart by creating tenants of their own rather than by emptying tables.
 */
final class LicensingFixture {
    static {
        // Keep derby.log out of the module directory.
        if (System.getProperty("derby.stream.error.file") == null) {
            System.setProperty("derby.stream.error.file", "target/derby.log");
        }
        // Long enough for a hundred threads queueing for one row lock on a busy machine, short
        // enough that a real deadlock fails the test rather than hangs it.
        if (System.getProperty("derby.locks.waitTimeout") == null) {
            System.setProperty("derby.locks.waitTimeout", "30");
        }
    }

    /** "This month" of the tests: in the future, so that every tenant (created at the real time) exists in it. */
    static final YearMonth MONTH = YearMonth.now(ZoneOffset.UTC).plusYears(3).withMonth(3);

    final EmbeddedDataSource dataSource;
    final Database db;
    final MutableClock clock = new MutableClock(MONTH.atDay(10).atTime(12, 0).toInstant(ZoneOffset.UTC));
    final JdbcResellerService resellers;
    final JdbcTenantService tenants;
    final LicensingSchema schema;
    final OsgiChannelCatalog catalog;
    /** What the device inventory reports per tenant; tests set it. */
    final Map<String, Integer> devicesInUse = new ConcurrentHashMap<>();
    final JdbcDevicePackService packs;
    final JdbcLicenceService licences;
    final JdbcBillingService billing;
    private final AtomicInteger sequence = new AtomicInteger();

    LicensingFixture() {
        dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName("memory:licensing-" + UUID.randomUUID());
        dataSource.setCreateDatabase("create");
        db = new JdbcDatabase(dataSource);
        JdbcAuditLog audit = new JdbcAuditLog(db, new ThreadActorContext());
        TenancySchema tenancy = new TenancySchema(db, audit, new JdbcAccessChanges(db));
        resellers = new JdbcResellerService(tenancy);
        tenants = new JdbcTenantService(tenancy);
        schema = new LicensingSchema(db, audit, clock);
        catalog = new OsgiChannelCatalog();
        packs = new JdbcDevicePackService(schema, tenantId -> devicesInUse.getOrDefault(tenantId, 0));
        licences = new JdbcLicenceService(schema, catalog);
        billing = new JdbcBillingService(schema, tenants, resellers, catalog);
    }

    /** Back to the tests' "now": the 10th of {@link #MONTH}, at noon UTC. */
    void resetClock() {
        clock.set(MONTH, 10);
    }

    Reseller reseller() {
        return resellers.create(new ResellerDraft("Reseller " + sequence.incrementAndGet() + " " + UUID.randomUUID(), null));
    }

    Tenant tenant(Reseller reseller, String name) {
        int n = sequence.incrementAndGet();
        return tenants.create(new TenantDraft(reseller.id(), name, new PbxSettings("pbx.example.com", 5038, "centrala", "s3cret", "tenant-" + n)));
    }

    /** A tenant of a reseller of its own. */
    Tenant tenant() {
        return tenant(reseller(), "Tenant " + sequence.incrementAndGet());
    }

    /** Licences held now, counted straight in the table. */
    long openHoldings(String tenantId, String channel) {
        return db.count("SELECT COUNT(*) FROM licence_holding WHERE tenant_id = ? AND channel = ? AND held_until IS NULL", tenantId, channel);
    }

    static String holder() {
        return UUID.randomUUID().toString();
    }
}
