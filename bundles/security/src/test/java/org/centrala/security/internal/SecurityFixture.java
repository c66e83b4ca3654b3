package org.centrala.security.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.centrala.audit.AuditEntry;
import org.centrala.audit.AuditQuery;
import org.centrala.audit.internal.JdbcAuditLog;
import org.centrala.persistence.internal.ThreadActorContext;
import org.centrala.common.PageRequest;
import org.centrala.directory.AccessProfile;
import org.centrala.directory.AccessProfileDraft;
import org.centrala.common.AccessRole;
import org.centrala.common.DataScope;
import org.centrala.directory.User;
import org.centrala.directory.UserDraft;
import org.centrala.directory.UserType;
import org.centrala.directory.internal.DirectorySchema;
import org.centrala.directory.internal.JdbcAccessProfileService;
import org.centrala.directory.internal.JdbcUserService;
import org.centrala.licensing.internal.JdbcLicenceService;
import org.centrala.licensing.internal.LicensingSchema;
import org.centrala.licensing.internal.OsgiChannelCatalog;
import org.centrala.persistence.Columns;
import org.centrala.persistence.Database;
import org.centrala.persistence.internal.JdbcAccessChanges;
import org.centrala.persistence.internal.JdbcDatabase;
import org.centrala.tenancy.Department;
import org.centrala.tenancy.DepartmentDraft;
import org.centrala.tenancy.PbxSettings;
import org.centrala.tenancy.Reseller;
import org.centrala.tenancy.ResellerDraft;
import org.centrala.tenancy.Tenant;
import org.centrala.tenancy.TenantDraft;
import org.centrala.tenancy.internal.JdbcDepartmentService;
import org.centrala.tenancy.internal.JdbcResellerService;
import org.centrala.tenancy.internal.JdbcTenantService;
import org.centrala.tenancy.internal.TenancySchema;

/**
 * The credential service with the real tenancy, licensing, directory and audit services beneath
 * it, on a fresh in-memory Derby database (the approach of the directory tests' DirectoryFixture).
 * One fixture serves a test class; tests keep apart by creating tenants of their own.
 */
final class SecurityFixture {
    static {
        // Keep derby.log out of the module directory.
        if (System.getProperty("derby.stream.error.file") == null) {
            System.setProperty("derby.stream.error.file", "target/derby.log");
        }
        if (System.getProperty("derby.locks.waitTimeout") == null) {
            System.setProperty("derby.locks.waitTimeout", "30");
        }
    }

    /** A password long enough to be accepted (CredentialService.MIN_PASSWORD_LENGTH). */
    static final String PASSWORD = "correct horse battery";

    final EmbeddedDataSource dataSource;
    final Database db;
    final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));
    final JdbcAuditLog audit;
    final JdbcResellerService resellers;
    final JdbcTenantService tenants;
    final JdbcDepartmentService departments;
    final LicensingSchema licensing;
    final OsgiChannelCatalog catalog;
    final JdbcLicenceService licences;
    final DirectorySchema directory;
    final JdbcUserService users;
    final JdbcAccessProfileService profiles;
    final SecuritySchema schema;
    /** The real counter, on the same database: tests read it to see a change counted. */
    final JdbcAccessChanges accessChanges;
    final JdbcCredentialService credentials;
    private final AtomicInteger sequence = new AtomicInteger();

    SecurityFixture() {
        dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName("memory:security-" + UUID.randomUUID());
        dataSource.setCreateDatabase("create");
        db = new JdbcDatabase(dataSource);
        audit = new JdbcAuditLog(db, new ThreadActorContext());
        TenancySchema tenancy = new TenancySchema(db, audit, new JdbcAccessChanges(db));
        resellers = new JdbcResellerService(tenancy);
        tenants = new JdbcTenantService(tenancy);
        departments = new JdbcDepartmentService(tenancy);
        licensing = new LicensingSchema(db, audit, clock);
        catalog = new OsgiChannelCatalog();
        licences = new JdbcLicenceService(licensing, catalog);
        accessChanges = new JdbcAccessChanges(db);
        directory = new DirectorySchema(db, audit, clock, accessChanges);
        users = new JdbcUserService(directory, licences);
        profiles = new JdbcAccessProfileService(directory);
        schema = new SecuritySchema(db, audit, accessChanges);
        credentials = new JdbcCredentialService(schema, users, tenants, resellers, profiles);
    }

    Reseller reseller() {
        return resellers.create(new ResellerDraft("Reseller " + sequence.incrementAndGet() + " " + UUID.randomUUID(), null));
    }

    /** A tenant of a reseller of its own. */
    Tenant tenant() {
        int n = sequence.incrementAndGet();
        return tenants.create(new TenantDraft(reseller().id(), "Tenant " + n,
                new PbxSettings("pbx.example.com", 5038, "centrala", "s3cret", "tenant-" + n)));
    }

    Department department(Tenant tenant) {
        return departments.create(tenant.id(), new DepartmentDraft("Department " + sequence.incrementAndGet(), "RS"));
    }

    /** A username no other test has taken (a tenant's usernames are unique within it). */
    String username() {
        return "agent" + sequence.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A reseller administrator's e-mail no other test has taken. */
    String email() {
        return "admin" + sequence.incrementAndGet() + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    User backOffice(Tenant tenant) {
        return users.create(tenant.id(), new UserDraft(UserType.BACK_OFFICE, null, "Back Office " + sequence.incrementAndGet(), null,
                null, null, null));
    }

    User contactCentre(Tenant tenant, AccessRole... roles) {
        return contactCentre(tenant, null, null, roles);
    }

    User contactCentre(Tenant tenant, String departmentId, String accessProfileId, AccessRole... roles) {
        return users.create(tenant.id(), new UserDraft(UserType.CONTACT_CENTRE, departmentId, "Agent " + sequence.incrementAndGet(), null,
                username(), Set.of(roles), accessProfileId));
    }

    AccessProfile profile(Tenant tenant, Set<String> functions, DataScope scope, Set<String> departmentIds) {
        return profiles.create(tenant.id(), new AccessProfileDraft("Profile " + sequence.incrementAndGet(), functions, scope, departmentIds));
    }

    /** Every entry of a tenant, through the audit log's own query. */
    List<AuditEntry> auditOf(String tenantId) {
        return audit.query(new AuditQuery(tenantId, null, null, null), PageRequest.first(PageRequest.MAX_SIZE)).items();
    }

    /**
     * Every entry about a reseller but no tenant. AuditLog.query only reads a tenant's entries, so
     * these are read from the log's table.
     */
    List<AuditEntry> auditOfReseller(String resellerId) {
        return db.query("SELECT sequence, recorded_at, reseller_id, tenant_id, actor, user_id, action, target, details, previous_hash, hash"
                        + " FROM audit_entry WHERE reseller_id = ? AND tenant_id IS NULL ORDER BY sequence",
                row -> new AuditEntry(row.getLong(1), Columns.instant(row, 2), trim(row.getString(3)), trim(row.getString(4)),
                        row.getString(5), trim(row.getString(6)), row.getString(7), row.getString(8), row.getString(9),
                        row.getString(10).trim(), row.getString(11).trim()), resellerId);
    }

    /** The whole log as text, one line per entry, for searching it for secrets. */
    List<String> allAuditText() {
        return db.query("SELECT actor, action, target, details FROM audit_entry ORDER BY sequence",
                row -> row.getString(1) + " | " + row.getString(2) + " | " + row.getString(3) + " | " + row.getString(4));
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }
}
