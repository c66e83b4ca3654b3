package org.centrala.directory.internal;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.centrala.audit.internal.JdbcAuditLog;
import org.centrala.persistence.internal.ThreadActorContext;
import org.centrala.common.AccessRole;
import org.centrala.directory.DeviceDraft;
import org.centrala.directory.DeviceKind;
import org.centrala.directory.NewDevice;
import org.centrala.directory.User;
import org.centrala.directory.UserDraft;
import org.centrala.directory.UserType;
import org.centrala.licensing.internal.JdbcDevicePackService;
import org.centrala.licensing.internal.JdbcLicenceService;
import org.centrala.licensing.internal.LicensingSchema;
import org.centrala.licensing.internal.OsgiChannelCatalog;
import org.centrala.persistence.Database;
import org.centrala.persistence.internal.JdbcAccessChanges;
import org.centrala.persistence.internal.JdbcDatabase;
import org.centrala.tenancy.Department;
import org.centrala.tenancy.DepartmentDraft;
import org.centrala.tenancy.PbxSettings;
import org.centrala.tenancy.ResellerDraft;
import org.centrala.tenancy.Tenant;
import org.centrala.tenancy.TenantDraft;
import org.centrala.tenancy.internal.JdbcDepartmentService;
import org.centrala.tenancy.internal.JdbcResellerService;
import org.centrala.tenancy.internal.JdbcTenantService;
import org.centrala.tenancy.internal.TenancySchema;

/**
 * The directory services with the real tenancy and licensing services beneath them, on a fresh
 * in-memory Derby database (the approach of the persistence tests' InMemoryDerby). One fixture
 * serves a test class; tests keep apart by creating tenants of their own.
 */
final class DirectoryFixture {
    static {
        // Keep derby.log out of the module directory.
        if (System.getProperty("derby.stream.error.file") == null) {
            System.setProperty("derby.stream.error.file", "target/derby.log");
        }
        // Long enough for dozens of threads queueing for one row lock on a busy machine, short
        // enough that a real deadlock fails the test rather than hangs it.
        if (System.getProperty("derby.locks.waitTimeout") == null) {
            System.setProperty("derby.locks.waitTimeout", "30");
        }
    }

    /** "This month" of the tests. */
    static final YearMonth MONTH = YearMonth.now(ZoneOffset.UTC).plusYears(3).withMonth(3);

    final EmbeddedDataSource dataSource;
    final Database db;
    final MutableClock clock = new MutableClock(MONTH.atDay(10).atTime(12, 0).toInstant(ZoneOffset.UTC));
    final JdbcResellerService resellers;
    final JdbcTenantService tenants;
    final JdbcDepartmentService departments;
    final LicensingSchema licensing;
    final OsgiChannelCatalog catalog;
    final DirectorySchema schema;
    /** The real counter, on the same database: tests read it to see a change counted. */
    final JdbcAccessChanges accessChanges;
    final JdbcDeviceInventory inventory;
    final JdbcDevicePackService packs;
    final JdbcLicenceService licences;
    final JdbcUserService users;
    final JdbcDeviceService devices;
    final JdbcRingPlanService ringPlans;
    final JdbcDiallingRulesService diallingRules;
    final JdbcLineService lines;
    final JdbcAccessProfileService profiles;
    private final AtomicInteger sequence = new AtomicInteger();

    DirectoryFixture() {
        dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName("memory:directory-" + UUID.randomUUID());
        dataSource.setCreateDatabase("create");
        db = new JdbcDatabase(dataSource);
        JdbcAuditLog audit = new JdbcAuditLog(db, new ThreadActorContext());
        TenancySchema tenancy = new TenancySchema(db, audit, new JdbcAccessChanges(db));
        resellers = new JdbcResellerService(tenancy);
        tenants = new JdbcTenantService(tenancy);
        departments = new JdbcDepartmentService(tenancy);
        licensing = new LicensingSchema(db, audit, clock);
        catalog = new OsgiChannelCatalog();
        accessChanges = new JdbcAccessChanges(db);
        schema = new DirectorySchema(db, audit, clock, accessChanges);
        inventory = new JdbcDeviceInventory(schema);
        packs = new JdbcDevicePackService(licensing, inventory);
        licences = new JdbcLicenceService(licensing, catalog);
        users = new JdbcUserService(schema, licences);
        devices = new JdbcDeviceService(schema, packs);
        ringPlans = new JdbcRingPlanService(schema);
        diallingRules = new JdbcDiallingRulesService(schema);
        lines = new JdbcLineService(schema);
        profiles = new JdbcAccessProfileService(schema);
    }

    void resetClock() {
        clock.set(MONTH, 10);
    }

    /** A tenant of a reseller of its own. */
    Tenant tenant() {
        int n = sequence.incrementAndGet();
        String reseller = resellers.create(new ResellerDraft("Reseller " + n + " " + UUID.randomUUID(), null)).id();
        return tenants.create(new TenantDraft(reseller, "Tenant " + n,
                new PbxSettings("pbx.example.com", 5038, "centrala", "s3cret", "tenant-" + n)));
    }

    Department department(Tenant tenant, String countryCode) {
        return departments.create(tenant.id(), new DepartmentDraft("Department " + sequence.incrementAndGet(), countryCode));
    }

    /** A username no other test has taken (a tenant's usernames are unique within it). */
    String username() {
        return "agent" + sequence.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    User backOffice(Tenant tenant) {
        return users.create(tenant.id(), new UserDraft(UserType.BACK_OFFICE, null, "Back Office " + sequence.incrementAndGet(), null,
                null, null, null));
    }

    User contactCentre(Tenant tenant, AccessRole... roles) {
        return users.create(tenant.id(), new UserDraft(UserType.CONTACT_CENTRE, null, "Agent " + sequence.incrementAndGet(), null,
                username(), Set.of(roles), null));
    }

    NewDevice device(Tenant tenant, DeviceKind kind, String ownerUserId) {
        return devices.create(tenant.id(), new DeviceDraft(kind, kind + " " + sequence.incrementAndGet(), ownerUserId,
                kind == DeviceKind.MOBILE_PHONE ? "+381 64 " + (1_000_000 + sequence.incrementAndGet() % 9_000_000) : null, null));
    }

    Optional<String> storedSecret(String deviceId) {
        return db.queryOne("SELECT sip_secret FROM device WHERE id = ?", row -> row.getString(1), deviceId);
    }
}
