package org.centrala.persistence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import org.centrala.persistence.Migration;
import org.centrala.persistence.MigrationException;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;

/** The migration runner as modules use it: through {@link JdbcDatabase#migrate}. */
public class MigrationRunnerTest {
    private static final Migration V1 = new Migration(1, "create widget", """
            -- the first table
            CREATE TABLE widget (
                id   INTEGER NOT NULL PRIMARY KEY,
                name VARCHAR(50) NOT NULL -- a trailing comment inside the statement
            );
            INSERT INTO widget (id, name) VALUES (1, 'first');
            """);
    private static final Migration V2 = new Migration(2, "add colour", """
            ALTER TABLE widget ADD COLUMN colour VARCHAR(20);
            UPDATE widget SET colour = 'red';
            """);
    private static final Migration V3 = new Migration(3, "create gadget", "CREATE TABLE gadget (id INTEGER NOT NULL PRIMARY KEY);");

    record Applied(String module, int version, String description, String checksum, Instant appliedAt) {
    }

    private static InMemoryDerby derby;
    private static JdbcDatabase db;

    @BeforeClass
    public static void createDatabase() {
        derby = new InMemoryDerby();
        db = new JdbcDatabase(derby.dataSource);
    }

    /** Each test starts without any table, as on a new database. */
    @Before
    public void dropEverything() throws SQLException {
        derby.dropTablesIfPresent("schema_migration", "widget", "gadget", "gizmo", "other");
        assertThat(derby.tableExists("schema_migration")).isFalse();
    }

    private List<Applied> history() {
        return db.query("SELECT module, version, description, checksum, applied_at FROM schema_migration ORDER BY module, version",
                row -> new Applied(row.getString(1), row.getInt(2), row.getString(3), row.getString(4),
                        row.getTimestamp(5).toInstant()));
    }

    private MigrationException migrateFails(String module, List<Migration> migrations) {
        MigrationException e = catchThrowableOfType(() -> db.migrate(module, migrations), MigrationException.class);
        assertThat(e).as("migrate(%s, %s) must fail", module, migrations).isNotNull();
        return e;
    }

    @Test
    public void appliesMigrationsInOrderAndRecordsThem() throws SQLException {
        db.migrate("shop", List.of(V1, V2));

        assertThat(db.query("SELECT id, name, colour FROM widget", row -> row.getInt(1) + ":" + row.getString(2) + ":" + row.getString(3)))
                .as("V2 ran after V1: it altered V1's table and updated V1's row")
                .containsExactly("1:first:red");
        assertThat(history()).extracting(Applied::module, Applied::version, Applied::description, Applied::checksum)
                .containsExactly(
                        tuple("shop", 1, "create widget", V1.checksum()),
                        tuple("shop", 2, "add colour", V2.checksum()));
        assertThat(history()).allSatisfy(applied -> assertThat(applied.appliedAt()).isNotNull());
        assertThat(derby.count("SELECT COUNT(*) FROM schema_migration")).as("committed").isEqualTo(2);
    }

    @Test
    public void migratingAgainIsANoOp() {
        db.migrate("shop", List.of(V1, V2));
        List<Applied> before = history();

        db.migrate("shop", List.of(V1, V2));

        assertThat(db.count("SELECT COUNT(*) FROM widget")).as("V1's insert did not run twice").isEqualTo(1);
        assertThat(history()).isEqualTo(before);
    }

    @Test
    public void onlyNewVersionsAreApplied() {
        db.migrate("shop", List.of(V1));
        assertThat(derby.tableExistsUnchecked("gadget")).isFalse();
        List<Applied> afterV1 = history();

        db.migrate("shop", List.of(V1, V2, V3));

        assertThat(history()).extracting(Applied::version).containsExactly(1, 2, 3);
        assertThat(history().get(0)).isEqualTo(afterV1.get(0));
        assertThat(db.count("SELECT COUNT(*) FROM widget")).isEqualTo(1);
        assertThat(derby.tableExistsUnchecked("gadget")).isTrue();
    }

    @Test
    public void aChangedAppliedMigrationIsRefused() {
        db.migrate("shop", List.of(V1));
        Migration edited = new Migration(1, "create widget", V1.sql().replace("'first'", "'edited'"));

        MigrationException e = migrateFails("shop", List.of(edited, V2));

        assertThat(e).hasMessageContaining("shop V1").hasMessageContaining("changed");
        assertThat(history()).extracting(Applied::version).as("V2 was not applied after the refusal").containsExactly(1);
        assertThat(derby.columnExistsUnchecked("widget", "colour")).isFalse();
    }

    @Test
    public void lineEndingsAndSurroundingBlanksAreNotAChange() {
        db.migrate("shop", List.of(V1));
        Migration sameOnWindows = new Migration(1, "create widget", "\n" + V1.sql().replace("\n", "\r\n") + "\r\n");

        db.migrate("shop", List.of(sameOnWindows, V2));

        assertThat(history()).extracting(Applied::version).containsExactly(1, 2);
    }

    @Test
    public void gapsAreRefusedBeforeAnythingIsApplied() {
        MigrationException e = migrateFails("shop", List.of(V1, V3));
        assertThat(e).hasMessageContaining("shop");
        assertThat(derby.tableExistsUnchecked("widget")).isFalse();
        assertThat(derby.tableExistsUnchecked("gadget")).isFalse();
    }

    @Test
    public void aListNotStartingAtVersionOneIsRefused() {
        migrateFails("shop", List.of(V2, V3));
        assertThat(derby.tableExistsUnchecked("gadget")).isFalse();
    }

    @Test
    public void outOfOrderListsAreRefused() {
        migrateFails("shop", List.of(V2, V1));
        assertThat(derby.tableExistsUnchecked("widget")).isFalse();

        migrateFails("shop", List.of(V1, V3, V2));
        assertThat(derby.tableExistsUnchecked("widget")).isFalse();
    }

    @Test
    public void duplicateVersionsAreRefused() {
        migrateFails("shop", List.of(V1, new Migration(1, "again", "CREATE TABLE other (id INTEGER);")));
        assertThat(derby.tableExistsUnchecked("widget")).isFalse();
    }

    @Test
    public void aFailingMigrationIsRolledBackAndNotRecorded() {
        db.migrate("shop", List.of(V1));
        Migration broken = new Migration(2, "half done", """
                CREATE TABLE gizmo (id INTEGER NOT NULL PRIMARY KEY);
                INSERT INTO widget (id, name) VALUES (2, 'second');
                INSERT INTO no_such_table (id) VALUES (1);
                """);

        MigrationException e = migrateFails("shop", List.of(V1, broken, V3));

        assertThat(e).hasMessageContaining("shop V2").hasMessageContaining("half done");
        assertThat(derby.tableExistsUnchecked("gizmo")).as("DDL rolled back").isFalse();
        assertThat(db.count("SELECT COUNT(*) FROM widget")).as("DML rolled back").isEqualTo(1);
        assertThat(history()).extracting(Applied::version).containsExactly(1);
        assertThat(derby.tableExistsUnchecked("gadget")).as("later versions are not applied").isFalse();

        // Not recorded, so a corrected V2 is applied next time.
        db.migrate("shop", List.of(V1, V2, V3));
        assertThat(history()).extracting(Applied::version).containsExactly(1, 2, 3);
    }

    @Test
    public void aMigrationBreakingAUniqueConstraintFailsAndIsNotRecorded() {
        db.migrate("shop", List.of(V1));
        Migration duplicate = new Migration(2, "duplicate row", """
                ALTER TABLE widget ADD COLUMN colour VARCHAR(20);
                INSERT INTO widget (id, name) VALUES (1, 'again');
                """);

        MigrationException e = migrateFails("shop", List.of(V1, duplicate, V3));

        assertThat(e).hasMessageContaining("shop V2");
        assertThat(derby.columnExistsUnchecked("widget", "colour")).isFalse();
        assertThat(history()).extracting(Applied::version).containsExactly(1);
        assertThat(derby.tableExistsUnchecked("gadget")).isFalse();
    }

    @Test
    public void modulesKeepSeparateHistories() {
        Migration otherV1 = new Migration(1, "create gadget", V3.sql());
        db.migrate("shop", List.of(V1, V2));
        db.migrate("store", List.of(otherV1));

        assertThat(history()).extracting(Applied::module, Applied::version, Applied::checksum).containsExactly(
                tuple("shop", 1, V1.checksum()),
                tuple("shop", 2, V2.checksum()),
                tuple("store", 1, otherV1.checksum()));

        // Each module is checked against its own history only.
        db.migrate("shop", List.of(V1, V2));
        db.migrate("store", List.of(otherV1));
        assertThat(history()).hasSize(3);
        migrateFails("store", List.of(V1));
    }

    @Test
    public void anEmptyListCreatesTheHistoryOnly() throws SQLException {
        db.migrate("shop", List.of());
        assertThat(derby.tableExists("schema_migration")).isTrue();
        assertThat(history()).isEmpty();
    }
}
