package org.centrala.persistence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.centrala.persistence.DataAccessException;
import org.centrala.persistence.DuplicateKeyException;
import org.centrala.persistence.ReferenceViolationException;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;

public class JdbcDatabaseTest {
    enum Kind { DESK, MOBILE }

    record Item(int id, String name, Instant at, String note, String kind, Integer amount) {
    }

    private static final String SELECT_ITEM = "SELECT id, name, happened_at, note, kind, amount FROM item";

    private static InMemoryDerby derby;
    private static JdbcDatabase db;

    @BeforeClass
    public static void createSchema() throws SQLException {
        derby = new InMemoryDerby();
        db = new JdbcDatabase(derby.dataSource);
        derby.execute("CREATE TABLE item (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(50) NOT NULL, happened_at TIMESTAMP,"
                + " note VARCHAR(100), kind VARCHAR(20), amount INTEGER, CONSTRAINT uq_item_name UNIQUE (name))");
        derby.execute("CREATE TABLE part (id INTEGER NOT NULL PRIMARY KEY, item_id INTEGER NOT NULL,"
                + " CONSTRAINT fk_part_item FOREIGN KEY (item_id) REFERENCES item (id))");
        derby.execute("CREATE TABLE log_entry (id INTEGER NOT NULL PRIMARY KEY)");
    }

    @Before
    public void emptyTables() throws SQLException {
        derby.execute("DELETE FROM part");
        derby.execute("DELETE FROM item");
        derby.execute("DELETE FROM log_entry");
    }

    private static Item item(java.sql.ResultSet row) throws SQLException {
        Timestamp at = row.getTimestamp(3);
        int amount = row.getInt(6);
        return new Item(row.getInt(1), row.getString(2), at == null ? null : at.toInstant(), row.getString(4),
                row.getString(5), row.wasNull() ? null : amount);
    }

    private int insert(int id, String name) {
        return db.update("INSERT INTO item (id, name) VALUES (?, ?)", id, name);
    }

    @Test
    public void updateReturnsTheNumberOfChangedRows() {
        assertThat(insert(1, "a")).isEqualTo(1);
        assertThat(insert(2, "b")).isEqualTo(1);
        assertThat(db.update("UPDATE item SET note = ?", "x")).isEqualTo(2);
        assertThat(db.update("DELETE FROM item WHERE id = ?", 99)).isZero();
        assertThat(db.update("DELETE FROM item WHERE id = ?", 1)).isEqualTo(1);
    }

    @Test
    public void queryMapsEveryRowInOrderAndBindsParameters() {
        insert(1, "a");
        insert(2, "b");
        insert(3, "c");
        List<String> names = db.query("SELECT name FROM item WHERE id >= ? ORDER BY id DESC", row -> row.getString(1), 2);
        assertThat(names).containsExactly("c", "b");
        assertThat(db.query("SELECT name FROM item WHERE id > ?", row -> row.getString(1), 3)).isEmpty();
    }

    @Test
    public void instantParametersRoundTripAndCompare() {
        Instant at = Instant.parse("2024-01-15T12:30:45.123Z");
        db.update("INSERT INTO item (id, name, happened_at) VALUES (?, ?, ?)", 1, "a", at);
        db.update("INSERT INTO item (id, name, happened_at) VALUES (?, ?, ?)", 2, "b", at.plusSeconds(3600));

        Item stored = db.queryOne(SELECT_ITEM + " WHERE id = ?", JdbcDatabaseTest::item, 1).orElseThrow();
        assertThat(stored.at()).isEqualTo(at);
        assertThat(db.count("SELECT COUNT(*) FROM item WHERE happened_at > ?", at)).isEqualTo(1);
        assertThat(db.count("SELECT COUNT(*) FROM item WHERE happened_at >= ?", at)).isEqualTo(2);
        assertThat(db.query("SELECT name FROM item WHERE happened_at = ?", row -> row.getString(1), at.plusSeconds(3600)))
                .containsExactly("b");
    }

    @Test
    public void nullParametersAreBoundWithTheColumnType() {
        db.update("INSERT INTO item (id, name, happened_at, note, kind, amount) VALUES (?, ?, ?, ?, ?, ?)", 1, "a", null, null, null, null);

        Item stored = db.queryOne(SELECT_ITEM + " WHERE id = ?", JdbcDatabaseTest::item, 1).orElseThrow();
        assertThat(stored).isEqualTo(new Item(1, "a", null, null, null, null));
        assertThat(db.count("SELECT COUNT(*) FROM item WHERE happened_at IS NULL AND note IS NULL AND amount IS NULL")).isEqualTo(1);
    }

    @Test
    public void nullCanOverwriteAValue() {
        db.update("INSERT INTO item (id, name, happened_at, amount) VALUES (?, ?, ?, ?)", 1, "a", Instant.now(), 5);
        assertThat(db.update("UPDATE item SET happened_at = ?, amount = ? WHERE id = ?", null, null, 1)).isEqualTo(1);
        Item stored = db.queryOne(SELECT_ITEM + " WHERE id = ?", JdbcDatabaseTest::item, 1).orElseThrow();
        assertThat(stored.at()).isNull();
        assertThat(stored.amount()).isNull();
    }

    @Test
    public void enumParametersAreStoredByName() {
        db.update("INSERT INTO item (id, name, kind) VALUES (?, ?, ?)", 1, "a", Kind.MOBILE);
        db.update("INSERT INTO item (id, name, kind) VALUES (?, ?, ?)", 2, "b", Kind.DESK);
        assertThat(db.queryOne("SELECT kind FROM item WHERE id = ?", row -> row.getString(1), 1)).contains("MOBILE");
        assertThat(db.query("SELECT id FROM item WHERE kind = ?", row -> row.getInt(1), Kind.DESK)).containsExactly(2);
    }

    @Test
    public void queryOneIsEmptyForNoRowAndFailsForSeveral() {
        insert(1, "a");
        insert(2, "b");
        assertThat(db.queryOne("SELECT name FROM item WHERE id = ?", row -> row.getString(1), 7)).isEqualTo(Optional.empty());
        assertThat(db.queryOne("SELECT name FROM item WHERE id = ?", row -> row.getString(1), 2)).contains("b");
        assertThatThrownBy(() -> db.queryOne("SELECT name FROM item", row -> row.getString(1)))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("at most one row but got 2");
    }

    @Test
    public void countReturnsTheNumber() {
        assertThat(db.count("SELECT COUNT(*) FROM item")).isZero();
        insert(1, "a");
        insert(2, "b");
        assertThat(db.count("SELECT COUNT(*) FROM item")).isEqualTo(2);
        assertThat(db.count("SELECT COUNT(*) FROM item WHERE name = ?", "b")).isEqualTo(1);
        assertThat(db.count("SELECT MAX(id) FROM item")).isEqualTo(2);
    }

    @Test
    public void countWithoutARowFails() {
        assertThatThrownBy(() -> db.count("SELECT id FROM item WHERE id = ?", 1))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("no row");
    }

    @Test
    public void inTransactionReturnsTheResultAndCommits() throws SQLException {
        String result = db.inTransaction(() -> {
            insert(1, "a");
            insert(2, "b");
            return "done";
        });
        assertThat(result).isEqualTo("done");
        assertThat(derby.count("SELECT COUNT(*) FROM item")).isEqualTo(2);
    }

    @Test
    public void inTransactionRollsBackAndRethrowsTheSameException() throws SQLException {
        IllegalStateException boom = new IllegalStateException("boom");
        Throwable thrown = catchThrowable(() -> db.inTransaction(() -> {
            insert(1, "a");
            db.update("UPDATE item SET note = ? WHERE id = ?", "changed", 1);
            insert(2, "b");
            throw boom;
        }));
        assertThat(thrown).isSameAs(boom);
        assertThat(derby.count("SELECT COUNT(*) FROM item")).isZero();
    }

    @Test
    public void inTransactionRollsBackOnAnError() throws SQLException {
        insert(1, "a");
        AssertionError error = new AssertionError("error");
        Throwable thrown = catchThrowable(() -> db.inTransaction(() -> {
            db.update("DELETE FROM item");
            throw error;
        }));
        assertThat(thrown).isSameAs(error);
        assertThat(derby.count("SELECT COUNT(*) FROM item")).isEqualTo(1);
    }

    @Test
    public void rolledBackDatabaseErrorsKeepTheirType() throws SQLException {
        Throwable thrown = catchThrowable(() -> db.inTransaction(() -> {
            insert(1, "a");
            insert(2, "a");
            return null;
        }));
        assertThat(thrown).isInstanceOf(DuplicateKeyException.class);
        assertThat(derby.count("SELECT COUNT(*) FROM item")).isZero();
    }

    @Test
    public void nestedCallsJoinTheOuterTransaction() throws SQLException {
        Throwable thrown = catchThrowable(() -> db.inTransaction(() -> {
            insert(1, "a");
            int inner = db.inTransaction(() -> insert(2, "b"));
            assertThat(inner).isEqualTo(1);
            throw new IllegalStateException("outer fails after the inner call returned");
        }));
        assertThat(thrown).hasMessageContaining("outer fails");
        assertThat(derby.count("SELECT COUNT(*) FROM item")).as("the inner insert was not committed on its own").isZero();
    }

    @Test
    public void aFailingNestedCallRollsBackTheWholeTransaction() throws SQLException {
        Throwable thrown = catchThrowable(() -> db.inTransaction(() -> {
            insert(1, "a");
            return db.inTransaction(() -> {
                insert(2, "b");
                throw new IllegalArgumentException("inner");
            });
        }));
        assertThat(thrown).isInstanceOf(IllegalArgumentException.class).hasMessage("inner");
        assertThat(derby.count("SELECT COUNT(*) FROM item")).isZero();
    }

    @Test
    public void nestedCallsCommitTogetherWithTheOuter() throws SQLException {
        db.inTransaction(() -> {
            insert(1, "a");
            db.inTransaction(() -> insert(2, "b"));
            assertThat(db.count("SELECT COUNT(*) FROM item")).as("the transaction sees its own rows").isEqualTo(2);
            return null;
        });
        assertThat(derby.count("SELECT COUNT(*) FROM item")).isEqualTo(2);
    }

    @Test
    public void afterARollbackTheThreadIsNoLongerInATransaction() throws SQLException {
        catchThrowable(() -> db.inTransaction(() -> {
            insert(1, "a");
            throw new IllegalStateException("boom");
        }));
        insert(2, "b");
        assertThat(derby.count("SELECT COUNT(*) FROM item")).as("autocommitted on a connection of its own").isEqualTo(1);

        db.inTransaction(() -> insert(3, "c"));
        assertThat(derby.count("SELECT COUNT(*) FROM item WHERE id = 3")).isEqualTo(1);
    }

    @Test
    public void theTransactionIsBoundToItsThread() throws Exception {
        AtomicReference<Throwable> otherThreadFailure = new AtomicReference<>();
        catchThrowable(() -> db.inTransaction(() -> {
            insert(1, "a");
            Thread other = new Thread(() -> {
                try {
                    db.update("INSERT INTO log_entry (id) VALUES (?)", 1);
                } catch (Throwable t) {
                    otherThreadFailure.set(t);
                }
            });
            other.start();
            try {
                other.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("roll back this thread's work");
        }));
        // The other thread ran on a connection of its own, autocommitted, and was not rolled back.
        assertThat(otherThreadFailure.get()).isNull();
        assertThat(derby.count("SELECT COUNT(*) FROM log_entry")).isEqualTo(1);
        assertThat(derby.count("SELECT COUNT(*) FROM item")).isZero();
    }

    @Test
    public void uniqueViolationRaisesDuplicateKeyException() {
        insert(1, "a");
        assertThatThrownBy(() -> insert(2, "a"))
                .isInstanceOf(DuplicateKeyException.class)
                .hasCauseInstanceOf(SQLException.class);
        assertThatThrownBy(() -> insert(1, "other"))
                .as("primary key").isInstanceOf(DuplicateKeyException.class);
        insert(2, "b");
        assertThatThrownBy(() -> db.update("UPDATE item SET name = ? WHERE id = ?", "a", 2))
                .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    public void foreignKeyViolationRaisesReferenceViolationException() {
        assertThatThrownBy(() -> db.update("INSERT INTO part (id, item_id) VALUES (?, ?)", 1, 42))
                .as("missing referenced row").isInstanceOf(ReferenceViolationException.class);

        insert(42, "a");
        db.update("INSERT INTO part (id, item_id) VALUES (?, ?)", 1, 42);
        assertThatThrownBy(() -> db.update("DELETE FROM item WHERE id = ?", 42))
                .as("row still referred to").isInstanceOf(ReferenceViolationException.class)
                .hasCauseInstanceOf(SQLException.class);
        assertThat(db.count("SELECT COUNT(*) FROM item")).isEqualTo(1);
    }

    @Test
    public void otherErrorsAreDataAccessExceptionsNamingStateAndStatement() {
        Throwable thrown = catchThrowable(() -> db.update("INSERT INTO no_such_table (id) VALUES (?)", 1));
        assertThat(thrown).isExactlyInstanceOf(DataAccessException.class)
                .hasMessageContaining("SQLState")
                .hasMessageContaining("no_such_table")
                .hasCauseInstanceOf(SQLException.class);

        assertThat(catchThrowable(() -> db.update("INSERT INTO item (id) VALUES (?)", 1)))
                .as("NOT NULL is neither a duplicate nor a reference violation")
                .isExactlyInstanceOf(DataAccessException.class);
    }
}
