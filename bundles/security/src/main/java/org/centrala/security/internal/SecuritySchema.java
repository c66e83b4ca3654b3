package org.centrala.security.internal;

import java.util.List;

import org.centrala.audit.AuditLog;
import org.centrala.common.ServiceSlot;
import org.centrala.persistence.MigratedSchema;
import org.centrala.persistence.AccessChanges;
import org.centrala.persistence.Database;
import org.centrala.persistence.Migration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** The security module's persistence context; its tables refer to directory users and resellers. */
@Component(service = SecuritySchema.class)
public class SecuritySchema {
    static final String MODULE = "security";

    private final Database database;
    private final AccessChanges accessChanges;
    /** Bound dynamically: updating the audit bundle must not stop this one; a write waits for it instead. */
    private final ServiceSlot<AuditLog> audit = new ServiceSlot<>("The audit log");
    /** What the services keep: each call goes to the audit log bound at that moment. */
    private final AuditLog auditLog = audit.proxy(AuditLog.class);

    /** The directory's tables must exist first (foreign keys); their marker stays while the directory is updated. */
    @Activate
    public SecuritySchema(@Reference Database database,
                          @Reference(target = "(" + MigratedSchema.MODULE + "=directory)") MigratedSchema directoryTables,
                          @Reference AccessChanges accessChanges) {
        this(database, (AuditLog) null, accessChanges);
    }

    SecuritySchema(Database database, AuditLog audit, AccessChanges accessChanges) { // tests; not public, so that DS never picks it
        this.database = database;
        this.accessChanges = accessChanges;
        if (audit != null) {
            bindAudit(audit);
        }
        database.migrate(MODULE, List.of(Migration.fromResource(1, "credentials, API tokens", SecuritySchema.class,
                "db/security/V1__credentials_tokens.sql")));
    }

    Database database() {
        return database;
    }

    AuditLog audit() {
        return auditLog;
    }

    /** The count of changes to what callers may do: a remembered log-in is trusted only while it stays the same. */
    AccessChanges accessChanges() {
        return accessChanges;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindAudit(AuditLog service) {
        audit.bind(service);
    }

    void unbindAudit(AuditLog service) {
        audit.unbind(service);
    }
}
