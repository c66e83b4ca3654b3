package org.centrala.licensing.internal;

import java.time.Clock;
import java.util.List;

import org.centrala.audit.AuditLog;
import org.centrala.common.ServiceSlot;
import org.centrala.persistence.MigratedSchema;
import org.centrala.persistence.Database;
import org.centrala.persistence.Migration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Brings the licensing tables up to date. Its tables refer to tenants and resellers, so it waits
 * for the tenancy services (whose schema is migrated before they activate).
 */
@Component(service = LicensingSchema.class)
public class LicensingSchema {
    static final String MODULE = "licensing";

    private final Database database;
    /** Bound dynamically: updating the audit bundle must not stop this one; a write waits for it instead. */
    private final ServiceSlot<AuditLog> audit = new ServiceSlot<>("The audit log");
    /** What the services keep: each call goes to the audit log bound at that moment. */
    private final AuditLog auditLog = audit.proxy(AuditLog.class);
    private final Clock clock;

    /** The tenancy tables must exist first (foreign keys); their marker stays while tenancy is updated. */
    @Activate
    public LicensingSchema(@Reference Database database,
                           @Reference(target = "(" + MigratedSchema.MODULE + "=tenancy)") MigratedSchema tenancyTables) {
        this(database, null, Clock.systemUTC());
    }

    /** For tests: a clock that decides what "this month" is. */
    public LicensingSchema(Database database, AuditLog audit, Clock clock) {
        this.database = database;
        if (audit != null) {
            bindAudit(audit);
        }
        this.clock = clock;
        database.migrate(MODULE, migrations());
    }

    static List<Migration> migrations() {
        return List.of(
                Migration.fromResource(1, "subscriptions, licence holdings, prices", LicensingSchema.class,
                        "db/licensing/V1__subscriptions_holdings_prices.sql"),
                Migration.fromResource(2, "licence holdings by holder", LicensingSchema.class,
                        "db/licensing/V2__holdings_by_holder.sql"),
                Migration.fromResource(3, "closed months", LicensingSchema.class, "db/licensing/V3__closed_months.sql"),
                Migration.fromResource(4, "price lists by month, corrections", LicensingSchema.class,
                        "db/licensing/V4__price_lists_corrections.sql"));
    }

    Database database() {
        return database;
    }

    /** R9: every change of what a tenant bought is recorded in the transaction that makes it. */
    AuditLog audit() {
        return auditLog;
    }

    Clock clock() {
        return clock;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindAudit(AuditLog service) {
        audit.bind(service);
    }

    void unbindAudit(AuditLog service) {
        audit.unbind(service);
    }
}
