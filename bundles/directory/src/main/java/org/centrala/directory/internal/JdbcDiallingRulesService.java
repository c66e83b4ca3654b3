package org.centrala.directory.internal;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.centrala.audit.AuditEvent;
import org.centrala.audit.AuditLog;
import org.centrala.directory.DiallingRules;
import org.centrala.directory.DiallingRulesDraft;
import org.centrala.directory.DiallingRulesService;
import org.centrala.directory.NumberType;
import org.centrala.persistence.Columns;
import org.centrala.persistence.Database;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Issue 11: a tenant's dialling rules on Derby, read on every outside call; changes audited (R9). */
@Component(service = DiallingRulesService.class)
public class JdbcDiallingRulesService implements DiallingRulesService {
    private final Database db;
    private final AuditLog audit;
    private final Clock clock;
    private final TenantData tenantData;

    @Activate
    public JdbcDiallingRulesService(@Reference DirectorySchema schema) {
        this.db = schema.database();
        this.audit = schema.audit();
        this.clock = schema.clock();
        this.tenantData = new TenantData(db);
    }

    @Override
    public DiallingRules get(String tenantId) {
        return db.inTransaction(() -> {
            tenantData.requireTenant(tenantId);
            return stored(db, tenantId);
        });
    }

    /** The tenant's rules without checking that it exists (a call's tenant does). */
    static DiallingRules stored(Database db, String tenantId) {
        return db.queryOne("SELECT outside_line_prefix, international_allowed, barred_number_types, barred_prefixes, updated_at"
                + " FROM dialling_rules WHERE tenant_id = ?", row -> new DiallingRules(row.getString(1), row.getBoolean(2),
                split(row.getString(3)).stream().map(NumberType::valueOf).collect(Collectors.toSet()), split(row.getString(4)),
                true, Columns.instant(row, 5)), tenantId).orElseGet(DiallingRules::defaults);
    }

    @Override
    public DiallingRules set(String tenantId, DiallingRulesDraft draft, java.time.Instant expectedUpdatedAt) {
        draft.validate();
        return db.inTransaction(() -> {
            tenantData.requireTenant(tenantId);
            String types = draft.barredNumberTypes().stream().map(Enum::name).collect(Collectors.toCollection(TreeSet::new))
                    .stream().collect(Collectors.joining(","));
            String prefixes = String.join(",", draft.barredPrefixes());
            // With an expected version, the stored rules go only if they are still that version: atomic with the write.
            int deleted = expectedUpdatedAt == null ? db.update("DELETE FROM dialling_rules WHERE tenant_id = ?", tenantId)
                    : db.update("DELETE FROM dialling_rules WHERE tenant_id = ? AND updated_at = ?", tenantId, expectedUpdatedAt);
            if (expectedUpdatedAt != null && deleted == 0) {
                throw org.centrala.common.StaleVersionException.changedMeanwhile("the dialling rules of tenant '" + tenantId + "'");
            }
            db.update("INSERT INTO dialling_rules (tenant_id, outside_line_prefix, international_allowed, barred_number_types,"
                    + " barred_prefixes, updated_at) VALUES (?, ?, ?, ?, ?, ?)", tenantId, draft.outsideLinePrefix(),
                    draft.internationalAllowed(), types, prefixes, org.centrala.persistence.Sql.nextVersion(TenantData.now(clock), expectedUpdatedAt));
            audit.record(AuditEvent.ofTenant(tenantId, "dialling-rules.set", "tenant:" + tenantId).with(Map.of(
                    "outsideLinePrefix", draft.outsideLinePrefix().isEmpty() ? "-" : draft.outsideLinePrefix(),
                    "internationalAllowed", draft.internationalAllowed(), "barredNumberTypes", types.isEmpty() ? "-" : types,
                    "barredPrefixes", prefixes.isEmpty() ? "-" : prefixes)));
            return stored(db, tenantId);
        });
    }

    @Override
    public DiallingRules reset(String tenantId) {
        return db.inTransaction(() -> {
            tenantData.requireTenant(tenantId);
            if (db.update("DELETE FROM dialling_rules WHERE tenant_id = ?", tenantId) > 0) {
                audit.record(AuditEvent.ofTenant(tenantId, "dialling-rules.reset", "tenant:" + tenantId));
            }
            return DiallingRules.defaults();
        });
    }

    private static List<String> split(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
