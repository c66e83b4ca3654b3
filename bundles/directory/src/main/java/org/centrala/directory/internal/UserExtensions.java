package org.centrala.directory.internal;

import java.util.Optional;

import org.centrala.directory.ExtensionHolder;
import org.centrala.persistence.Database;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The extensions the tenant's users have (issue 11): what other holders, such as queues, must not give again. */
@Component(service = ExtensionHolder.class, property = ExtensionHolder.KIND + "=" + UserExtensions.KIND)
public class UserExtensions implements ExtensionHolder {
    static final String KIND = "users";

    private final Database db;

    @Activate
    public UserExtensions(@Reference DirectorySchema schema) {
        this.db = schema.database();
    }

    @Override
    public Optional<String> holderOf(String tenantId, String extension) {
        return db.inTransaction(() -> db.queryOne("SELECT display_name FROM directory_user WHERE tenant_id = ? AND extension = ?",
                row -> "user '" + row.getString(1) + "'", tenantId, extension));
    }
}
