package org.centrala.persistence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.BeforeClass;
import org.junit.Test;

public class JdbcAccessChangesTest {
    private static JdbcDatabase db;
    private static JdbcAccessChanges changes;

    @BeforeClass
    public static void migrate() {
        db = new JdbcDatabase(new InMemoryDerby().dataSource);
        changes = new JdbcAccessChanges(db);
    }

    @Test
    public void aChangeCountsOnceItIsCommitted() {
        long before = changes.generation();
        changes.changed();
        assertThat(changes.generation()).isEqualTo(before + 1);
        db.inTransaction(() -> {
            changes.changed();
            changes.changed();
            return null;
        });
        assertThat(changes.generation()).isEqualTo(before + 3);
    }

    @Test
    public void aChangeRolledBackWithItsWorkIsNotCounted() {
        long before = changes.generation();
        Throwable failed = catchThrowable(() -> db.inTransaction(() -> {
            changes.changed();
            throw new IllegalStateException("the change itself failed");
        }));
        assertThat(failed).hasMessage("the change itself failed");
        assertThat(changes.generation()).isEqualTo(before);
    }

    @Test
    public void migratingAgainKeepsTheCount() {
        changes.changed();
        long before = changes.generation();
        assertThat(new JdbcAccessChanges(db).generation()).isEqualTo(before);
    }
}
