package org.centrala.queues.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.centrala.audit.AuditEvent;
import org.centrala.audit.AuditLog;
import org.centrala.common.ConflictException;
import org.centrala.common.NotFoundException;
import org.centrala.common.Page;
import org.centrala.directory.ExtensionHolder;
import org.centrala.common.PageRequest;
import org.centrala.common.SortOrder;
import org.centrala.persistence.Columns;
import org.centrala.persistence.Database;
import org.centrala.persistence.DuplicateKeyException;
import org.centrala.queues.Queue;
import org.centrala.queues.QueueDraft;
import org.centrala.queues.QueueMember;
import org.centrala.queues.QueueService;
import org.centrala.queues.QueueStrategy;
import org.centrala.tenancy.Names;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** A tenant's queues and their members on Derby; every change is audited (R9). */
@Component(service = QueueService.class)
public class JdbcQueueService implements QueueService {
    private static final String COLUMNS = "id, tenant_id, department_id, name, pbx_name, strategy, service_level_seconds,"
            + " wrap_up_seconds, created_at, updated_at, extension";
    private static final SortOrder SORT = new SortOrder(Map.of("name", "name_key", "createdAt", "created_at"), "name");

    private final Database db;
    private final AuditLog audit;
    private final TenantDirectory directory;
    private final QueuesSchema schema;
    /** What else gives the tenant's extensions (its users, a plugin's): a queue's extension must be none of theirs. */
    private final List<ExtensionHolder> otherExtensionHolders = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Activate
    public JdbcQueueService(@Reference QueuesSchema schema, @Reference TenantDirectory directory) {
        this.schema = schema;
        this.db = schema.database();
        this.audit = schema.audit();
        this.directory = directory;
    }

    @Override
    public Queue create(String tenantId, QueueDraft draft) {
        draft.validate();
        String context = directory.context(tenantId);
        checkReferences(tenantId, draft);
        String id = UUID.randomUUID().toString();
        Instant now = schema.clock().instant();
        return db.inTransaction(() -> {
            String pbxName = freePbxName(slug(context) + "-" + slug(draft.name()));
            try {
                requireFreeExtension(tenantId, id, draft);
                db.update("INSERT INTO queue (" + COLUMNS + ", name_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id, tenantId,
                        draft.departmentId(), draft.name(), pbxName, draft.strategy().name(), draft.serviceLevelSeconds(),
                        draft.wrapUpSeconds(), now, now, draft.extension(), Names.key(draft.name()));
            } catch (DuplicateKeyException e) {
                throw duplicate(e, draft);
            }
            writeMembers(id, draft.members());
            audit.record(AuditEvent.ofTenant(tenantId, "queue.created", "queue:" + id).with(summary(draft, pbxName)));
            return get(tenantId, id);
        });
    }

    @Override
    public Queue get(String tenantId, String id) {
        // One connection for the queue and its members (the members are read while its row is open).
        return db.inTransaction(() -> db.queryOne("SELECT " + COLUMNS + " FROM queue WHERE tenant_id = ? AND id = ?", this::queue, tenantId, id)
                .orElseThrow(() -> new NotFoundException("Queue", id)));
    }

    @Override
    public Queue update(String tenantId, String id, QueueDraft draft, java.time.Instant expectedUpdatedAt) {
        draft.validate();
        checkReferences(tenantId, draft);
        return db.inTransaction(() -> {
            Queue before = get(tenantId, id);
            try {
                requireFreeExtension(tenantId, id, draft);
                if (db.update("UPDATE queue SET department_id = ?, name = ?, name_key = ?, strategy = ?, service_level_seconds = ?,"
                                + " wrap_up_seconds = ?, extension = ?, updated_at = ? WHERE id = ?"
                                + org.centrala.persistence.Sql.versionCheck(expectedUpdatedAt), org.centrala.persistence.Sql.withVersion(
                                expectedUpdatedAt, draft.departmentId(), draft.name(), Names.key(draft.name()), draft.strategy().name(),
                                draft.serviceLevelSeconds(), draft.wrapUpSeconds(), draft.extension(), org.centrala.persistence.Sql.nextVersion(schema.clock().instant(), expectedUpdatedAt), id)) == 0) {
                    throw org.centrala.common.StaleVersionException.changedMeanwhile("queue '" + id + "'");
                }
            } catch (DuplicateKeyException e) {
                throw duplicate(e, draft);
            }
            db.update("DELETE FROM queue_member WHERE queue_id = ?", id);
            writeMembers(id, draft.members());
            audit.record(AuditEvent.ofTenant(tenantId, "queue.updated", "queue:" + id).with(summary(draft, before.pbxName())));
            return get(tenantId, id);
        });
    }

    @Override
    public void delete(String tenantId, String id) {
        db.inTransaction(() -> {
            Queue queue = get(tenantId, id);
            long agents = db.count("SELECT COUNT(*) FROM agent_queue WHERE queue_id = ?", id);
            if (agents > 0) {
                throw new ConflictException(agents + " agent(s) are logged in to queue '" + queue.name() + "'; they must log out first");
            }
            db.update("DELETE FROM queue WHERE id = ?", id);
            audit.record(AuditEvent.ofTenant(tenantId, "queue.deleted", "queue:" + id).with(Map.of("name", queue.name())));
            return null;
        });
    }

    @Override
    public Page<Queue> list(String tenantId, Set<String> departmentIds, PageRequest request) {
        directory.context(tenantId);
        String orderBy = SORT.orderBy(request, "id");
        List<Object> params = new ArrayList<>(List.of(tenantId));
        String where = " WHERE tenant_id = ?" + departmentFilter("department_id", departmentIds, params);
        return db.inTransaction(() -> {
            long total = db.count("SELECT COUNT(*) FROM queue" + where, params.toArray());
            params.add(request.offset());
            params.add(request.size());
            return Page.of(db.query("SELECT " + COLUMNS + " FROM queue" + where + " ORDER BY " + orderBy
                    + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", this::queue, params.toArray()), request, total);
        });
    }

    @Override
    public Optional<Queue> byExtension(String tenantId, String extension) {
        return db.inTransaction(() -> db.queryOne("SELECT " + COLUMNS + " FROM queue WHERE tenant_id = ? AND extension = ?",
                this::queue, tenantId, extension));
    }

    /** Issue 11: one number reaches one thing; another queue's, a user's or a plugin's extension is refused, named. */
    private void requireFreeExtension(String tenantId, String id, QueueDraft draft) {
        if (draft.extension() == null) {
            return;
        }
        db.queryOne("SELECT name FROM queue WHERE tenant_id = ? AND extension = ? AND id <> ?", row -> row.getString(1),
                tenantId, draft.extension(), id).ifPresent(name -> {
                    throw extensionTaken(draft, "queue '" + name + "'");
                });
        ExtensionHolder.holderAmong(otherExtensionHolders, tenantId, draft.extension()).ifPresent(what -> {
            throw extensionTaken(draft, what);
        });
    }

    private static ConflictException extensionTaken(QueueDraft draft, String holder) {
        return new ConflictException("extension " + draft.extension() + " is taken by " + holder
                + "; extensions are unique within a tenant");
    }

    /** Which unique value a write that raced another one repeated. */
    private static ConflictException duplicate(DuplicateKeyException e, QueueDraft draft) {
        return e.getMessage().toUpperCase(Locale.ROOT).contains("UQ_QUEUE_EXTENSION") ? extensionTaken(draft, "another queue")
                : new ConflictException("the tenant has a queue named '" + draft.name() + "' already");
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            target = "(!(" + ExtensionHolder.KIND + "=" + QueueExtensions.KIND + "))")
    void bindExtensionHolder(ExtensionHolder holder) {
        otherExtensionHolders.add(holder);
    }

    void unbindExtensionHolder(ExtensionHolder holder) {
        otherExtensionHolders.remove(holder);
    }

    @Override
    public List<Queue> queuesOf(String tenantId, String userId) {
        return db.inTransaction(() -> db.query("SELECT " + COLUMNS + " FROM queue WHERE tenant_id = ? AND id IN (SELECT queue_id"
                + " FROM queue_member WHERE user_id = ?) ORDER BY name_key", this::queue, tenantId, userId));
    }

    /** R18: {@code AND <column> IN (...)} for the caller's departments, or nothing for the whole tenant; never an empty IN. */
    public static String departmentFilter(String column, Set<String> departmentIds, List<Object> params) {
        if (departmentIds == null) {
            return "";
        }
        if (departmentIds.isEmpty()) {
            return " AND 1 = 0";
        }
        params.addAll(departmentIds);
        return " AND " + column + " IN (" + String.join(", ", java.util.Collections.nCopies(departmentIds.size(), "?")) + ")";
    }

    /** Asterisk's queue names: lower-case letters, digits and dashes (queues.conf section names). */
    static String slug(String name) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "queue" : slug.length() > 60 ? slug.substring(0, 60) : slug;
    }

    /**
     * The wanted name, or with a number after it when any queue on the node has it: a context may
     * hold dashes ("acme" and "acme-east"), so two tenants' names could meet; never with an error,
     * which would tell one tenant about another's queues (R1).
     */
    private String freePbxName(String wanted) {
        String name = wanted;
        for (int n = 2; db.count("SELECT COUNT(*) FROM queue WHERE pbx_name = ?", name) > 0; n++) {
            name = wanted + "-" + n;
        }
        return name;
    }

    private void checkReferences(String tenantId, QueueDraft draft) {
        directory.requireDepartment(tenantId, draft.departmentId(), "departmentId");
        for (int i = 0; i < draft.members().size(); i++) {
            directory.agent(tenantId, draft.members().get(i).userId(), "members[" + i + "].userId");
        }
    }

    private void writeMembers(String queueId, List<QueueMember> members) {
        for (QueueMember member : members) {
            db.update("INSERT INTO queue_member (queue_id, user_id, penalty) VALUES (?, ?, ?)", queueId, member.userId().strip(),
                    member.penalty());
        }
    }

    private static Map<String, Object> summary(QueueDraft draft, String pbxName) {
        Set<String> members = new HashSet<>();
        draft.members().forEach(m -> members.add(m.userId() + ":" + m.penalty()));
        return Map.of("name", draft.name(), "pbxName", pbxName, "departmentId", draft.departmentId(), "strategy",
                draft.strategy().name(), "serviceLevelSeconds", draft.serviceLevelSeconds(), "wrapUpSeconds", draft.wrapUpSeconds(),
                "members", String.join(",", new java.util.TreeSet<>(members)), "extension",
                draft.extension() == null ? "-" : draft.extension());
    }

    private Queue queue(ResultSet row) throws SQLException {
        String id = row.getString(1).trim();
        List<QueueMember> members = db.query("SELECT user_id, penalty FROM queue_member WHERE queue_id = ? ORDER BY penalty, user_id",
                r -> new QueueMember(r.getString(1).trim(), r.getInt(2)), id);
        return new Queue(id, row.getString(2).trim(), row.getString(3).trim(), row.getString(4), row.getString(5),
                QueueStrategy.valueOf(row.getString(6)), row.getInt(7), row.getInt(8), members, Columns.instant(row, 9),
                Columns.instant(row, 10), row.getString(11));
    }
}
