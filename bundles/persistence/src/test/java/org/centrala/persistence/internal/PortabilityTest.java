package org.centrala.persistence.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import org.centrala.persistence.Columns;
import org.centrala.persistence.Migration;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** The node's locale and time zone must not change what the database holds or finds. */
public class PortabilityTest {
    private final Locale locale = Locale.getDefault();
    private final TimeZone zone = TimeZone.getDefault();
    private InMemoryDerby derby;
    private JdbcDatabase db;

    @Before
    public void setUp() {
        derby = new InMemoryDerby();
        db = new JdbcDatabase(derby.dataSource);
    }

    @After
    public void restore() {
        Locale.setDefault(locale);
        TimeZone.setDefault(zone);
    }

    @Test
    public void migrationsAreFoundAgainUnderATurkishLocale() {
        // "schema_migration".toUpperCase() in Turkish is SCHEMA_MİGRATİON, which Derby does not know.
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
        List<Migration> migrations = List.of(new Migration(1, "t", "CREATE TABLE item (id INTEGER NOT NULL PRIMARY KEY);"));

        db.migrate("locale", migrations);
        db.migrate("locale", migrations);

        assertThat(db.count("SELECT COUNT(*) FROM schema_migration WHERE module = ?", "locale")).isEqualTo(1);
    }

    @Test
    public void instantsSurviveTheHourThatDaylightSavingTimeRepeats() {
        TimeZone.setDefault(TimeZone.getTimeZone("Europe/Belgrade"));
        db.update("CREATE TABLE moment (id INTEGER NOT NULL PRIMARY KEY, happened_at TIMESTAMP NOT NULL)");
        // 00:30 and 01:30 UTC on 25 October 2026 are both 02:30 on a Belgrade wall clock.
        Instant first = Instant.parse("2026-10-25T00:30:00Z");
        Instant second = Instant.parse("2026-10-25T01:30:00Z");
        db.update("INSERT INTO moment (id, happened_at) VALUES (?, ?)", 1, first);
        db.update("INSERT INTO moment (id, happened_at) VALUES (?, ?)", 2, second);

        assertThat(db.query("SELECT happened_at FROM moment ORDER BY id", row -> Columns.instant(row, 1))).containsExactly(first, second);
    }
}
