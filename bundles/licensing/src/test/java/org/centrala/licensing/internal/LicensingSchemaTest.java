package org.centrala.licensing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.UUID;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.centrala.persistence.Database;
import org.centrala.persistence.internal.JdbcDatabase;
import org.junit.Test;

public class LicensingSchemaTest {

    /** Issue 9: prices set before price lists had a month apply to every month, as they did. */
    @Test
    public void pricesOfAnEarlierSchemaBecomeAListInEffectSinceBeforeAnyMonth() {
        EmbeddedDataSource source = new EmbeddedDataSource();
        source.setDatabaseName("memory:licensing-v3-" + UUID.randomUUID());
        source.setCreateDatabase("create");
        Database db = new JdbcDatabase(source);
        new org.centrala.tenancy.internal.TenancySchema(db, null, new org.centrala.persistence.internal.JdbcAccessChanges(db));
        db.migrate(LicensingSchema.MODULE, LicensingSchema.migrations().subList(0, 3));
        db.update("INSERT INTO reseller (id, name, name_key, created_at, updated_at) VALUES ('r', 'R', 'r', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
        db.update("INSERT INTO price (reseller_id, item, unit_price, currency) VALUES ('r', 'pbx', 49.90, 'EUR')");
        db.update("INSERT INTO price (reseller_id, item, unit_price, currency) VALUES ('r', 'device-pack', 20, 'EUR')");

        db.migrate(LicensingSchema.MODULE, LicensingSchema.migrations());

        PriceLists lists = new PriceLists(db);
        assertThat(lists.inEffect("r", YearMonth.of(2026, 12)).fromMonth()).isEqualTo(YearMonth.of(2000, 1));
        assertThat(lists.inEffect("r", YearMonth.of(2026, 12)).currency()).isEqualTo("EUR");
        assertThat(lists.inEffect("r", YearMonth.of(2026, 12)).prices()).extracting(p -> p.unitPrice())
                .containsExactly(new BigDecimal("20.00"), new BigDecimal("49.90"));
    }
}
