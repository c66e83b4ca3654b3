package org.centrala.tenancy.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.centrala.audit.AuditEvent;
import org.centrala.audit.AuditLog;
import org.centrala.common.ConflictException;
import org.centrala.common.NotFoundException;
import org.centrala.common.Page;
import org.centrala.common.PageRequest;
import org.centrala.common.SortOrder;
import org.centrala.persistence.AccessChanges;
import org.centrala.persistence.Database;
import org.centrala.persistence.DuplicateKeyException;
import org.centrala.persistence.ReferenceViolationException;
import org.centrala.tenancy.Names;
import org.centrala.tenancy.Reseller;
import org.centrala.tenancy.ResellerDataEraser;
import org.centrala.tenancy.ResellerDraft;
import org.centrala.tenancy.ResellerService;
import org.centrala.tenancy.TenantService;
import org.centrala.tenancy.TenantStatus;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

@Component(service = ResellerService.class)
public class JdbcResellerService implements ResellerService {
    static final String ENTITY = "Reseller";
    private static final SortOrder SORT = new SortOrder(Map.of("name", "name_key", "createdAt", "created_at"), "name");

    private final Database db;
    private final AuditLog audit;
    private final AccessChanges accessChanges;

    private final ResellerLifecycle lifecycle;
    /** The tenant service of this bundle: erasing a reseller erases its terminated tenants. */
    private final TenantService tenants;
    /** The concerns that erase their part of a reseller (whiteboard, issue 9). */
    private final List<ResellerDataEraser> erasers = new CopyOnWriteArrayList<>();

    @Activate
    public JdbcResellerService(@Reference TenancySchema schema, @Reference TenantService tenants) {
        this.db = schema.database();
        this.audit = schema.audit();
        this.accessChanges = schema.accessChanges();
        this.lifecycle = new ResellerLifecycle(db, audit, accessChanges);
        this.tenants = tenants;
    }

    /** Outside OSGi (tests): with a tenant service of its own on the same schema. */
    public JdbcResellerService(TenancySchema schema) {
        this(schema, new JdbcTenantService(schema));
    }

    @Override
    public Reseller create(ResellerDraft draft) {
        draft.validate();
        String id = UUID.randomUUID().toString();
        Instant now = Rows.now();
        return db.inTransaction(() -> {
            try {
                db.update("INSERT INTO reseller (id, name, name_key, contact_email, created_at, updated_at, retention_days) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        id, draft.name().strip(), Names.key(draft.name()), blankToNull(draft.contactEmail()), now, now,
                        draft.retentionDays() == null ? ResellerDraft.DEFAULT_RETENTION_DAYS : draft.retentionDays());
            } catch (DuplicateKeyException e) {
                throw duplicate(draft);
            }
            History.reseller(db, id, now, TenantStatus.ACTIVE);
            audit.record(AuditEvent.ofReseller(id, "reseller.created", "reseller:" + id).with(Map.of("name", draft.name())));
            return get(id);
        });
    }

    @Override
    public Reseller get(String id) {
        return db.queryOne("SELECT " + Rows.RESELLER_COLUMNS + " FROM reseller WHERE id = ?", Rows::reseller, id)
                .orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    @Override
    public Reseller update(String id, ResellerDraft draft, java.time.Instant expectedUpdatedAt) {
        draft.validate();
        return db.inTransaction(() -> {
            int changed;
            try {
                changed = db.update("UPDATE reseller SET name = ?, name_key = ?, contact_email = ?, retention_days = COALESCE(?, retention_days),"
                                + " updated_at = ? WHERE id = ?" + org.centrala.persistence.Sql.versionCheck(expectedUpdatedAt), org.centrala.persistence.Sql.withVersion(expectedUpdatedAt,
                        draft.name().strip(), Names.key(draft.name()), blankToNull(draft.contactEmail()), draft.retentionDays(), org.centrala.persistence.Sql.nextVersion(Rows.now(), expectedUpdatedAt), id));
            } catch (DuplicateKeyException e) {
                throw duplicate(draft);
            }
            if (changed == 0) {
                get(id); // 404 if it is not there at all
                throw org.centrala.common.StaleVersionException.changedMeanwhile("reseller '" + id + "'");
            }
            audit.record(AuditEvent.ofReseller(id, "reseller.updated", "reseller:" + id).with(Map.of("name", draft.name(),
                    "retentionDays", get(id).retentionDays())));
            return get(id);
        });
    }

    @Override
    public void delete(String id) {
        try {
            db.inTransaction(() -> {
                long tenants = db.count("SELECT COUNT(*) FROM tenant WHERE reseller_id = ?", id);
                if (tenants > 0) {
                    throw stillHasTenants(id, tenants);
                }
                if (db.update("DELETE FROM reseller WHERE id = ?", id) == 0) {
                    throw new NotFoundException(ENTITY, id);
                }
                audit.record(AuditEvent.ofReseller(id, "reseller.deleted", "reseller:" + id));
                return null;
            });
        } catch (ReferenceViolationException e) {
            // A tenant added meanwhile, or data of other bundles (administrators, price lists).
            throw new ConflictException("reseller '" + id + "' still has tenants or administrators that refer to it;"
                    + " remove them before deleting the reseller");
        }
    }

    @Override
    public Reseller suspend(String id) {
        return step(id, lifecycle::suspend);
    }

    @Override
    public Reseller reactivate(String id) {
        return step(id, lifecycle::reactivate);
    }

    @Override
    public Reseller terminate(String id) {
        return step(id, lifecycle::terminate);
    }

    @Override
    public Reseller withdrawTermination(String id) {
        return step(id, lifecycle::withdrawTermination);
    }

    @Override
    public Reseller erase(String id) {
        return step(id, reseller -> lifecycle.erase(reseller, tenants, List.copyOf(erasers)));
    }

    /** One step of the reseller's life, with its row locked first, so that two steps (or a tenant's creation) run one after the other. */
    private Reseller step(String id, java.util.function.Consumer<Reseller> step) {
        db.inTransaction(() -> {
            ResellerGate.lock(db, id);
            step.accept(get(id));
            return null;
        });
        return get(id);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindEraser(ResellerDataEraser eraser) {
        erasers.add(eraser);
    }

    void unbindEraser(ResellerDataEraser eraser) {
        erasers.remove(eraser);
    }

    @Override
    public Page<Reseller> list(PageRequest request) {
        String orderBy = SORT.orderBy(request, "id");
        return db.inTransaction(() -> Page.of(
                db.query("SELECT " + Rows.RESELLER_COLUMNS + " FROM reseller ORDER BY " + orderBy
                        + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", Rows::reseller, request.offset(), request.size()),
                request, db.count("SELECT COUNT(*) FROM reseller")));
    }

    private static ConflictException duplicate(ResellerDraft draft) {
        return new ConflictException("a reseller named '" + draft.name().strip() + "' already exists");
    }

    private static ConflictException stillHasTenants(String id, long tenants) {
        return new ConflictException("reseller '" + id + "' still has " + tenants
                + " tenant(s); delete or move them before deleting the reseller");
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
