package org.centrala.tenancy.internal;

import java.util.Optional;
import java.util.UUID;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.centrala.audit.internal.JdbcAuditLog;
import org.centrala.persistence.internal.ThreadActorContext;
import org.centrala.persistence.Database;
import org.centrala.persistence.internal.JdbcAccessChanges;
import org.centrala.persistence.internal.JdbcDatabase;
import org.centrala.tenancy.DepartmentDraft;
import org.centrala.tenancy.PbxSettings;
import org.centrala.tenancy.Reseller;
import org.centrala.tenancy.ResellerDraft;
import org.centrala.tenancy.Tenant;
import org.centrala.tenancy.TenantDraft;

/**
 * The tenancy services on a fresh in-memory Derby database, migrated by {@link TenancySchema}.
 * One fixture serves a test class (creating a database takes a noticeable fraction of a second);
 * {@link #clear()} empties the tables before each test.
 */
final class TenancyFixture {
    static {
        // Keep derby.log out of the module directory; fail fast rather than wait a minute for a lock.
        if (System.getProperty("derby.stream.error.file") == null) {
            System.setProperty("derby.stream.error.file", "target/derby.log");
        }
        if (System.getProperty("derby.locks.waitTimeout") == null) {
            System.setProperty("derby.locks.waitTimeout", "5");
        }
    }

    final EmbeddedDataSource dataSource;
    final Database db;
    final JdbcAuditLog audit;
    final TenancySchema schema;
    final JdbcResellerService resellers;
    final JdbcTenantService tenants;
    final JdbcDepartmentService departments;
    private int sequence;

    TenancyFixture() {
        dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName("memory:tenancy-" + UUID.randomUUID());
        dataSource.setCreateDatabase("create");
        db = new JdbcDatabase(dataSource);
        audit = new JdbcAuditLog(db, new ThreadActorContext());
        schema = new TenancySchema(db, audit, new JdbcAccessChanges(db));
        tenants = new JdbcTenantService(schema);
        resellers = new JdbcResellerService(schema, tenants);
        departments = new JdbcDepartmentService(schema);
    }

    void clear() {
        db.inTransaction(() -> {
            db.update("DELETE FROM department");
            db.update("DELETE FROM tenant_pbx");
            db.update("DELETE FROM tenant");
            db.update("DELETE FROM reseller");
            return null;
        });
    }

    long rows(String table) {
        return db.count("SELECT COUNT(*) FROM " + table);
    }

    /** The stored AMI secret, read straight from the table since no service returns it. */
    Optional<String> storedSecret(String tenantId) {
        return db.queryOne("SELECT ami_secret FROM tenant_pbx WHERE tenant_id = ?", row -> row.getString(1), tenantId);
    }

    Reseller reseller(String name) {
        return resellers.create(new ResellerDraft(name, null));
    }

    /** PBX settings that no other call of this fixture hands out (a context of its own). */
    PbxSettings pbx() {
        return new PbxSettings("pbx.example.com", 5038, "centrala", "s3cret", "tenant-" + (++sequence));
    }

    Tenant tenant(Reseller reseller, String name) {
        return tenants.create(new TenantDraft(reseller.id(), name, pbx()));
    }

    static DepartmentDraft department(String name, String countryCode) {
        return new DepartmentDraft(name, countryCode);
    }
}
