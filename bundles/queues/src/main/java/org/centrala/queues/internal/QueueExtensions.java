package org.centrala.queues.internal;

import java.util.Optional;

import org.centrala.directory.ExtensionHolder;
import org.centrala.persistence.Database;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The extensions the tenant's queues have (issue 11): what users must not be given. */
@Component(service = ExtensionHolder.class, property = ExtensionHolder.KIND + "=" + QueueExtensions.KIND)
public class QueueExtensions implements ExtensionHolder {
    static final String KIND = "queues";

    private final Database db;

    @Activate
    public QueueExtensions(@Reference QueuesSchema schema) {
        this.db = schema.database();
    }

    @Override
    public Optional<String> holderOf(String tenantId, String extension) {
        return db.inTransaction(() -> db.queryOne("SELECT name FROM queue WHERE tenant_id = ? AND extension = ?",
                row -> "queue '" + row.getString(1) + "'", tenantId, extension));
    }
}
