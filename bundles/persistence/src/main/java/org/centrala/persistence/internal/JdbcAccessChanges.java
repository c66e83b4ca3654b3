package org.centrala.persistence.internal;

import java.util.List;

import org.centrala.persistence.AccessChanges;
import org.centrala.persistence.Database;
import org.centrala.persistence.Migration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@link AccessChanges} as one row of its own table. Writers update it last in their transaction,
 * so a reader of the generation never sees a change before the change itself is committed.
 */
@Component(service = AccessChanges.class)
public class JdbcAccessChanges implements AccessChanges {
    static final String MODULE = "access";

    private final Database db;

    @Activate
    public JdbcAccessChanges(@Reference Database db) {
        this.db = db;
        db.migrate(MODULE, List.of(Migration.fromResource(1, "access generation", JdbcAccessChanges.class, "db/access/V1__access_generation.sql")));
    }

    @Override
    public void changed() {
        db.inTransaction(() -> db.update("UPDATE access_generation SET generation = generation + 1 WHERE id = 1"));
    }

    @Override
    public long generation() {
        return db.queryOne("SELECT generation FROM access_generation WHERE id = 1", row -> row.getLong(1))
                .orElseThrow(() -> new IllegalStateException("the access_generation row is missing"));
    }
}
