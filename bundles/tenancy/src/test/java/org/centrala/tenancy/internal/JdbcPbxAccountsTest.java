package org.centrala.tenancy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;

import org.centrala.tenancy.PbxAccount;
import org.centrala.tenancy.PbxSettings;
import org.centrala.tenancy.Reseller;
import org.centrala.tenancy.TenantDraft;
import org.junit.BeforeClass;
import org.junit.Test;

public class JdbcPbxAccountsTest {
    private static TenancyFixture fixture;

    @BeforeClass
    public static void createDatabase() {
        fixture = new TenancyFixture();
    }

    @Test
    public void accountsComeOldestTenantFirstWithTheirSecrets() {
        fixture.clear();
        Reseller reseller = fixture.reseller("Partner");
        String newer = create(reseller, "Newer", "newer-secret", "newer");
        String oldest = create(reseller, "Oldest", "oldest-secret", "oldest");
        String middle = create(reseller, "Middle", "middle-secret", "middle");
        createdAt(oldest, "2026-01-01T00:00:00Z");
        createdAt(middle, "2026-02-01T00:00:00Z");
        createdAt(newer, "2026-03-01T00:00:00Z");

        assertThat(new JdbcPbxAccounts(fixture.schema).all()).containsExactly(
                new PbxAccount(oldest, "pbx.example.com", 5038, "centrala", "oldest-secret", "oldest"),
                new PbxAccount(middle, "pbx.example.com", 5038, "centrala", "middle-secret", "middle"),
                new PbxAccount(newer, "pbx.example.com", 5038, "centrala", "newer-secret", "newer"));
    }

    /** Issue 11: the PBX's routing finds a call's tenant by the context it runs in, with the tenant's trunk. */
    @Test
    public void accountsAreFoundByTheirContextWithTheirTrunk() {
        fixture.clear();
        Reseller reseller = fixture.reseller("Partner");
        String globex = fixture.tenants.create(new TenantDraft(reseller.id(), "Globex",
                new PbxSettings("pbx.example.com", 5038, "centrala", "s", "globex", "globex-trunk"))).id();
        String elsewhere = fixture.tenants.create(new TenantDraft(reseller.id(), "Elsewhere",
                new PbxSettings("pbx2.example.com", 5038, "centrala", "s", "globex"))).id();
        create(reseller, "Other", "s", "other");

        JdbcPbxAccounts accounts = new JdbcPbxAccounts(fixture.schema);
        assertThat(accounts.byContext("globex")).extracting(PbxAccount::tenantId).containsExactly(globex, elsewhere);
        assertThat(accounts.byContext("globex").get(0).trunk()).isEqualTo("globex-trunk");
        assertThat(accounts.byContext("globex").get(1).trunk()).isNull();
        assertThat(accounts.byContext("nobody")).isEmpty();

        fixture.tenants.suspend(globex);
        assertThat(accounts.byContext("globex")).as("a suspended tenant's calls reach no one").extracting(PbxAccount::tenantId)
                .containsExactly(elsewhere);
    }

    private static String create(Reseller reseller, String name, String secret, String context) {
        return fixture.tenants.create(new TenantDraft(reseller.id(), name,
                new PbxSettings("pbx.example.com", 5038, "centrala", secret, context))).id();
    }

    private static void createdAt(String tenantId, String instant) {
        fixture.db.update("UPDATE tenant SET created_at = ? WHERE id = ?", Timestamp.from(Instant.parse(instant)),
                tenantId);
    }
}
