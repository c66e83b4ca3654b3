package org.centrala.queues.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.centrala.audit.AuditEvent;
import org.centrala.common.Validator;
import org.centrala.persistence.Database;
import org.centrala.queues.PauseReasons;
import org.centrala.tenancy.Names;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The tenant's pause reasons; a tenant that set none has the defaults. */
@Component(service = {PauseReasons.class, JdbcPauseReasons.class})
public class JdbcPauseReasons implements PauseReasons {
    static final List<String> DEFAULTS = List.of("Break", "Lunch", "Training", "After-call work");
    static final int MAX = 20;
    static final int MAX_LENGTH = 40;

    private final QueuesSchema schema;
    private final Database db;
    private final TenantDirectory directory;

    @Activate
    public JdbcPauseReasons(@Reference QueuesSchema schema, @Reference TenantDirectory directory) {
        this.schema = schema;
        this.db = schema.database();
        this.directory = directory;
    }

    @Override
    public List<String> list(String tenantId) {
        directory.context(tenantId);
        List<String> reasons = db.query("SELECT reason FROM pause_reason WHERE tenant_id = ? ORDER BY position", r -> r.getString(1),
                tenantId);
        return reasons.isEmpty() ? DEFAULTS : reasons;
    }

    @Override
    public java.time.Instant updatedAt(String tenantId) {
        directory.context(tenantId);
        return db.queryOne("SELECT MAX(set_at) FROM pause_reason WHERE tenant_id = ?",
                r -> r.getTimestamp(1) == null ? null : r.getTimestamp(1).toInstant(), tenantId).orElse(null);
    }

    @Override
    public List<String> replace(String tenantId, List<String> reasons, java.time.Instant expectedUpdatedAt) {
        directory.context(tenantId);
        List<String> clean = new ArrayList<>();
        Validator validator = new Validator();
        if (reasons == null || reasons.isEmpty() || reasons.size() > MAX) {
            validator.reject("reasons", "must hold 1 to " + MAX + " reasons");
        } else {
            Set<String> keys = new HashSet<>();
            for (int i = 0; i < reasons.size(); i++) {
                String reason = Names.trim(reasons.get(i));
                String field = "reasons[" + i + "]";
                validator.required(field, reason == null || reason.isEmpty() ? null : reason).maxLength(field, reason, MAX_LENGTH);
                if (reason != null && !reason.isEmpty() && !keys.add(Names.key(reason))) {
                    validator.reject(field, "is listed twice");
                }
                // Asterisk writes the reason into queue_log and its events: one line of plain text.
                if (reason != null && reason.chars().anyMatch(c -> c < 0x20 || c == '|')) {
                    validator.reject(field, "must not hold control characters or '|'");
                }
                clean.add(reason);
            }
        }
        validator.throwIfInvalid();
        return db.inTransaction(() -> {
            // With an expected version, the stored list goes only if it is still that version: atomic with the write.
            int deleted = db.update("DELETE FROM pause_reason WHERE tenant_id = ?" + (expectedUpdatedAt == null ? "" : " AND set_at = ?"),
                    org.centrala.persistence.Sql.withVersion(expectedUpdatedAt, tenantId));
            if (expectedUpdatedAt != null && deleted == 0) {
                throw org.centrala.common.StaleVersionException.changedMeanwhile("the pause reasons of tenant '" + tenantId + "'");
            }
            java.time.Instant setAt = org.centrala.persistence.Sql.nextVersion(
                    schema.clock().instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS), expectedUpdatedAt);
            for (int i = 0; i < clean.size(); i++) {
                db.update("INSERT INTO pause_reason (tenant_id, position, reason, set_at) VALUES (?, ?, ?, ?)", tenantId, i, clean.get(i), setAt);
            }
            schema.audit().record(AuditEvent.ofTenant(tenantId, "pause-reasons.replaced", "tenant:" + tenantId)
                    .with(Map.of("reasons", String.join(", ", clean))));
            return List.copyOf(clean);
        });
    }

    /** The reason as the tenant spells it, if it is one of the tenant's (case and blanks aside). */
    public java.util.Optional<String> find(String tenantId, String reason) {
        if (reason == null) {
            return java.util.Optional.empty();
        }
        return list(tenantId).stream().filter(r -> Names.key(r).equals(Names.key(reason))).findFirst();
    }
}
