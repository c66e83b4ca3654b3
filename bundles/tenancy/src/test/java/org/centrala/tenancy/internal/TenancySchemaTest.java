package org.centrala.tenancy.internal;

import org.centrala.persistence.internal.JdbcAccessChanges;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.BeforeClass;
import org.junit.Test;

public class TenancySchemaTest {
    private static TenancyFixture fixture;

    @BeforeClass
    public static void createDatabase() {
        fixture = new TenancyFixture();
    }

    @Test
    public void theSchemaIsMigratedOnceAndRecorded() {
        assertThat(fixture.db.query("SELECT module, version, checksum FROM schema_migration WHERE module = ?",
                row -> row.getString(1) + " V" + row.getInt(2) + " " + row.getString(3), TenancySchema.MODULE))
                .containsExactly("tenancy V1 " + TenancySchema.migrations().get(0).checksum(),
                        "tenancy V2 " + TenancySchema.migrations().get(1).checksum(),
                        "tenancy V3 " + TenancySchema.migrations().get(2).checksum());
        fixture.clear();
        for (String table : new String[] {"reseller", "tenant", "tenant_pbx", "department"}) {
            assertThat(fixture.rows(table)).as(table + " exists (a missing table would throw)").isZero();
        }
    }

    @Test
    public void aSecondSchemaOnTheSameDatabaseMigratesNothing() {
        fixture.clear();
        fixture.reseller("Kept");

        TenancySchema again = new TenancySchema(fixture.db, fixture.audit, new JdbcAccessChanges(fixture.db));

        assertThat(again.database()).isSameAs(fixture.db);
        assertThat(fixture.db.count("SELECT COUNT(*) FROM schema_migration WHERE module = ?", TenancySchema.MODULE))
                .isEqualTo(TenancySchema.migrations().size());
        assertThat(fixture.rows("reseller")).isEqualTo(1);
    }
}
