package org.centrala.tenancy.internal;

import java.util.List;

import org.centrala.audit.AuditLog;
import org.centrala.common.ServiceSlot;
import org.centrala.persistence.AccessChanges;
import org.centrala.persistence.Database;
import org.centrala.persistence.Migration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The tenancy module's persistence context: brings the tenancy tables up to date and hands the
 * services their database and audit log. The services reference this component, so none of them
 * is activated before the schema is migrated.
 */
@Component(service = TenancySchema.class)
public class TenancySchema {
    static final String MODULE = "tenancy";

    static List<Migration> migrations() {
        return List.of(
                Migration.fromResource(1, "resellers, tenants, PBX records, departments", TenancySchema.class,
                        "db/tenancy/V1__resellers_tenants_departments.sql"),
                Migration.fromResource(2, "tenant status", TenancySchema.class, "db/tenancy/V2__tenant_status.sql"),
                Migration.fromResource(3, "reseller status", TenancySchema.class, "db/tenancy/V3__reseller_status.sql"),
                Migration.fromResource(4, "sign-in domains", TenancySchema.class, "db/tenancy/V4__sign_in_domain.sql"),
                Migration.fromResource(5, "tenant and reseller history, termination", TenancySchema.class,
                        "db/tenancy/V5__tenant_history_termination.sql"),
                Migration.fromResource(6, "reseller termination", TenancySchema.class, "db/tenancy/V6__reseller_termination.sql"),
                Migration.fromResource(7, "PBX trunk", TenancySchema.class, "db/tenancy/V7__pbx_trunk.sql"));
    }

    private final Database database;
    /** Bound dynamically: updating the audit bundle must not stop tenancy; a write waits for it instead. */
    private final ServiceSlot<AuditLog> audit = new ServiceSlot<>("The audit log");
    /** What the services keep: each call goes to the audit log bound at that moment. */
    private final AuditLog auditLog = audit.proxy(AuditLog.class);

    private final AccessChanges accessChanges;

    @Activate
    public TenancySchema(@Reference Database database, @Reference AccessChanges accessChanges) {
        this.database = database;
        this.accessChanges = accessChanges;
        database.migrate(MODULE, migrations());
    }

    /** Outside OSGi (tests). */
    public TenancySchema(Database database, AuditLog audit, AccessChanges accessChanges) {
        this(database, accessChanges);
        bindAudit(audit);
    }

    /** Counts a change to who may log in (a tenant suspended or reactivated), so that remembered log-ins are re-checked. */
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

    Database database() {
        return database;
    }

    /** R9: every administrative change is recorded in the transaction that makes it. */
    AuditLog audit() {
        return auditLog;
    }
}
