package org.centrala.security.internal;

import java.util.List;

import org.centrala.audit.AuditLog;
import org.centrala.directory.UserService;
import org.centrala.persistence.Database;
import org.centrala.persistence.Migration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The security module's persistence context; its tables refer to directory users and resellers. */
@Component(service = SecuritySchema.class)
public class SecuritySchema {
    static final String MODULE = "security";

    private final Database database;
    private final AuditLog audit;

    @Activate
    public SecuritySchema(@Reference Database database, @Reference AuditLog audit, @Reference UserService usersMigratedFirst) {
        this(database, audit);
    }

    public SecuritySchema(Database database, AuditLog audit) {
        this.database = database;
        this.audit = audit;
        database.migrate(MODULE, List.of(Migration.fromResource(1, "credentials, API tokens", SecuritySchema.class,
                "db/security/V1__credentials_tokens.sql")));
    }

    Database database() {
        return database;
    }

    AuditLog audit() {
        return audit;
    }
}
