package org.centrala.tenancy.internal;

import org.centrala.persistence.internal.JdbcAccessChanges;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.BeforeClass;
import org.junit.Test;
import java.util.UUID;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.centrala.persistence.DataAccessException;
import org.centrala.persistence.Database;
import org.centrala.persistence.internal.JdbcDatabase;
import org.centrala.tenancy.SignInDomains;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
                .containsExactlyElementsOf(TenancySchema.migrations().stream().map(m -> "tenancy V" + m.version() + " " + m.checksum()).toList());
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

    /** Issue 9: tenants made before sign-in domains existed each get a distinct one, and the column becomes required. */
    @Test
    public void tenantsOfAnEarlierSchemaGetADistinctSignInDomain() {
        EmbeddedDataSource source = new EmbeddedDataSource();
        source.setDatabaseName("memory:tenancy-v3-" + UUID.randomUUID());
        source.setCreateDatabase("create");
        Database old = new JdbcDatabase(source);
        old.migrate(TenancySchema.MODULE, TenancySchema.migrations().subList(0, 3));
        old.update("INSERT INTO reseller (id, name, name_key, created_at, updated_at) VALUES ('r', 'R', 'r', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
        for (String id : new String[] {"0b5c1c9e-7d0a-4f5e-9a51-1f0e2d3c4b5a", "0b5c1c9e-7d0b-4f5e-9a51-1f0e2d3c4b5a"}) {
            old.update("INSERT INTO tenant (id, reseller_id, name, name_key, created_at, updated_at) VALUES (?, 'r', ?, ?, CURRENT_TIMESTAMP,"
                    + " CURRENT_TIMESTAMP)", id, id, id);
        }

        old.migrate(TenancySchema.MODULE, TenancySchema.migrations());

        assertThat(old.query("SELECT sign_in_domain FROM tenant ORDER BY id", row -> row.getString(1)))
                .containsExactly("t-0b5c1c9e7d0a", "t-0b5c1c9e7d0b")
                .allMatch(domain -> SignInDomains.PATTERN.matcher(domain).matches());
        assertThatThrownBy(() -> old.update("INSERT INTO tenant (id, reseller_id, name, name_key, created_at, updated_at)"
                + " VALUES ('x', 'r', 'X', 'x', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")).isInstanceOf(DataAccessException.class);
    }
}
