package org.centrala.tenancy.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.centrala.persistence.Columns;
import org.centrala.tenancy.Department;
import org.centrala.tenancy.PbxRecord;
import org.centrala.tenancy.Reseller;
import org.centrala.tenancy.Tenant;
import org.centrala.tenancy.TenantStatus;

/** Column lists and row mappers of the tenancy tables, kept in one place. */
final class Rows {
    static final String RESELLER_COLUMNS = "id, name, contact_email, created_at, updated_at, status, suspended_at, retention_days, terminated_at, erasable_at";
    static final String TENANT_COLUMNS = "t.id, t.reseller_id, t.name, t.created_at, t.updated_at, "
            + "p.host, p.ami_port, p.ami_user, p.agi_context, t.status, t.suspended_at, t.sign_in_domain, t.terminated_at, t.erasable_at, p.trunk";
    static final String TENANT_FROM = "tenant t JOIN tenant_pbx p ON p.tenant_id = t.id";
    static final String DEPARTMENT_COLUMNS = "id, tenant_id, name, country_code, created_at, updated_at";

    private Rows() {
    }

    /** Timestamps are kept to the millisecond so that what is stored reads back equal. */
    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    static Reseller reseller(ResultSet row) throws SQLException {
        return new Reseller(row.getString(1).trim(), row.getString(2), row.getString(3), instant(row, 4), instant(row, 5),
                TenantStatus.valueOf(row.getString(6).trim()), instant(row, 7), row.getInt(8),
                instant(row, 9), instant(row, 10));
    }

    static Tenant tenant(ResultSet row) throws SQLException {
        PbxRecord pbx = new PbxRecord(row.getString(6), row.getInt(7), row.getString(8), row.getString(9), row.getString(15));
        return new Tenant(row.getString(1).trim(), row.getString(2).trim(), row.getString(3), pbx, instant(row, 4), instant(row, 5),
                TenantStatus.valueOf(row.getString(10).trim()), instant(row, 11), row.getString(12), instant(row, 13), instant(row, 14));
    }

    static Department department(ResultSet row) throws SQLException {
        return new Department(row.getString(1).trim(), row.getString(2).trim(), row.getString(3), row.getString(4).trim(),
                instant(row, 5), instant(row, 6));
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        return Columns.instant(row, column);
    }
}
