package org.centrala.tenancy.internal;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentSkipListMap;

import org.centrala.audit.AuditEvent;
import org.centrala.audit.AuditLog;
import org.centrala.common.ConflictException;
import org.centrala.common.NotFoundException;
import org.centrala.common.Page;
import org.centrala.common.PageRequest;
import org.centrala.common.SortOrder;
import org.centrala.common.ValidationException;
import org.centrala.persistence.AccessChanges;
import org.centrala.persistence.Database;
import org.centrala.persistence.DuplicateKeyException;
import org.centrala.persistence.ReferenceViolationException;
import org.centrala.tenancy.Names;
import org.centrala.tenancy.PbxSettings;
import org.centrala.tenancy.ResellerDraft;
import org.centrala.tenancy.SignInDomains;
import org.centrala.tenancy.Tenant;
import org.centrala.tenancy.TenantDataEraser;
import org.centrala.tenancy.TenantDraft;
import org.centrala.tenancy.TenantMonth;
import org.centrala.tenancy.TenantService;
import org.centrala.tenancy.TenantStatus;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

@Component(service = TenantService.class)
public class JdbcTenantService implements TenantService {
    static final String ENTITY = "Tenant";
    private static final SortOrder SORT = new SortOrder(Map.of("name", "t.name_key", "createdAt", "t.created_at"), "name");

    private final Database db;
    private final AuditLog audit;
    private final AccessChanges accessChanges;
    private final TenantLifecycle lifecycle;
    private final TenantMonths months;
    /** The concerns that erase their part of a tenant, by name (whiteboard, issue 9). */
    private final ConcurrentSkipListMap<String, TenantDataEraser> erasers = new ConcurrentSkipListMap<>();

    @Activate
    public JdbcTenantService(@Reference TenancySchema schema) {
        this.db = schema.database();
        this.audit = schema.audit();
        this.accessChanges = schema.accessChanges();
        this.lifecycle = new TenantLifecycle(db, audit, accessChanges);
        this.months = new TenantMonths(db);
    }

    @Override
    public Tenant create(TenantDraft draft) {
        draft.validate(true);
        String id = UUID.randomUUID().toString();
        Instant now = Rows.now();
        PbxSettings pbx = draft.pbx();
        db.inTransaction(() -> {
            requireReseller(draft.resellerId());
            ResellerGate.requireOpen(db, draft.resellerId());
            if (db.count("SELECT COUNT(*) FROM tenant WHERE reseller_id = ? AND name_key = ?", draft.resellerId(), Names.key(draft.name())) > 0) {
                throw duplicateName(draft);
            }
            String domain = draft.signInDomain() != null ? draft.signInDomain() : freeDomain(SignInDomains.derive(draft.name()));
            try {
                db.update("INSERT INTO tenant (id, reseller_id, name, name_key, created_at, updated_at, sign_in_domain) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        id, draft.resellerId(), draft.name().strip(), Names.key(draft.name()), now, now, domain);
            } catch (DuplicateKeyException e) {
                throw db.count("SELECT COUNT(*) FROM tenant WHERE sign_in_domain = ?", domain) > 0 ? domainTaken(domain) : duplicateName(draft);
            } catch (ReferenceViolationException e) {
                // The reseller was deleted after requireReseller saw it.
                throw new NotFoundException(JdbcResellerService.ENTITY, draft.resellerId());
            }
            try {
                db.update("INSERT INTO tenant_pbx (tenant_id, host, ami_port, ami_user, ami_secret, agi_context, trunk) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        id, pbx.host().strip(), pbx.amiPort(), pbx.amiUser(), pbx.amiSecret(), pbx.context(), pbx.trunk());
            } catch (DuplicateKeyException e) {
                throw duplicateContext(pbx);
            }
            History.tenant(db, id, now, draft.resellerId(), TenantStatus.ACTIVE);
            audit.record(new AuditEvent(draft.resellerId(), id, null, "tenant.created", "tenant:" + id, null).with(details(draft, domain, true)));
            return null;
        });
        return get(id);
    }

    @Override
    public Tenant get(String id) {
        return db.queryOne("SELECT " + Rows.TENANT_COLUMNS + " FROM " + Rows.TENANT_FROM + " WHERE t.id = ?", Rows::tenant, id)
                .orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    @Override
    public Tenant update(String id, TenantDraft draft, java.time.Instant expectedUpdatedAt) {
        draft.validate(false);
        PbxSettings pbx = draft.pbx();
        db.inTransaction(() -> {
            Tenant current = get(id);
            if (!current.resellerId().equals(draft.resellerId())) {
                throw new ValidationException("resellerId", "cannot change: a tenant stays with the reseller it was created under");
            }
            String domain = draft.signInDomain() != null ? draft.signInDomain() : current.signInDomain();
            try {
                if (db.update("UPDATE tenant SET name = ?, name_key = ?, sign_in_domain = ?, updated_at = ? WHERE id = ?"
                        + org.centrala.persistence.Sql.versionCheck(expectedUpdatedAt), org.centrala.persistence.Sql.withVersion(expectedUpdatedAt, draft.name().strip(), Names.key(draft.name()),
                        domain, org.centrala.persistence.Sql.nextVersion(Rows.now(), expectedUpdatedAt), id)) == 0) {
                    throw org.centrala.common.StaleVersionException.changedMeanwhile("tenant '" + id + "'");
                }
            } catch (DuplicateKeyException e) {
                throw db.count("SELECT COUNT(*) FROM tenant WHERE sign_in_domain = ? AND id <> ?", domain, id) > 0 ? domainTaken(domain) : duplicateName(draft);
            }
            if (!domain.equals(current.signInDomain())) {
                // Its users' sign-in names change with it: log-ins remembered under the old one are checked again.
                accessChanges.changed();
            }
            try {
                if (pbx.amiSecret() == null) {
                    db.update("UPDATE tenant_pbx SET host = ?, ami_port = ?, ami_user = ?, agi_context = ?, trunk = ? WHERE tenant_id = ?",
                            pbx.host().strip(), pbx.amiPort(), pbx.amiUser(), pbx.context(), pbx.trunk(), id);
                } else {
                    db.update("UPDATE tenant_pbx SET host = ?, ami_port = ?, ami_user = ?, ami_secret = ?, agi_context = ?, trunk = ?"
                            + " WHERE tenant_id = ?", pbx.host().strip(), pbx.amiPort(), pbx.amiUser(), pbx.amiSecret(), pbx.context(),
                            pbx.trunk(), id);
                }
            } catch (DuplicateKeyException e) {
                throw duplicateContext(pbx);
            }
            audit.record(new AuditEvent(current.resellerId(), id, null, "tenant.updated", "tenant:" + id, null)
                    .with(details(draft, domain, pbx.amiSecret() != null)));
            return null;
        });
        return get(id);
    }

    /** What the audit log keeps of a tenant change: never the AMI secret, only whether it changed. */
    private static Map<String, Object> details(TenantDraft draft, String signInDomain, boolean secretChanged) {
        PbxSettings pbx = draft.pbx();
        return Map.of("name", draft.name(), "signInDomain", signInDomain, "pbx", pbx.host() + ":" + pbx.amiPort(), "amiUser", pbx.amiUser(),
                "dialplanContext", pbx.context(), "trunk", pbx.trunk() == null ? "-" : pbx.trunk(), "amiSecretChanged", secretChanged);
    }

    @Override
    public void delete(String id) {
        try {
            db.inTransaction(() -> {
                Tenant tenant = get(id);
                String resellerId = tenant.resellerId();
                if (tenant.createdAt().isBefore(java.time.YearMonth.now(java.time.ZoneOffset.UTC).atDay(1).atStartOfDay()
                        .toInstant(java.time.ZoneOffset.UTC))) {
                    // It was billed for an earlier month: deleting it would take that month's history with it.
                    throw new ConflictException("tenant '" + tenant.name() + "' (" + id + ") has been billed since an earlier month and cannot"
                            + " be deleted; terminate it instead (POST /api/v1/tenants/" + id + "/termination): its data is erased after the"
                            + " retention period, its billing history is kept");
                }
                long departments = db.count("SELECT COUNT(*) FROM department WHERE tenant_id = ?", id);
                if (departments > 0) {
                    throw stillHasDepartments(id, departments);
                }
                // The PBX record goes with the tenant (ON DELETE CASCADE): R2, no tenant without it and vice versa.
                db.update("DELETE FROM tenant WHERE id = ?", id);
                audit.record(new AuditEvent(resellerId, id, null, "tenant.deleted", "tenant:" + id, null));
                return null;
            });
        } catch (ReferenceViolationException e) {
            // Departments added meanwhile, or data of other bundles (users, devices, licences):
            // deleting the tenant would lose them, so it is refused.
            throw new ConflictException("tenant '" + id + "' has a history (users, devices or licences) and cannot be deleted;"
                    + " terminate it instead (POST /api/v1/tenants/" + id + "/termination): its data is erased after the retention"
                    + " period, its billing history is kept");
        }
    }

    @Override
    public Tenant suspend(String id) {
        return step(id, lifecycle::suspend);
    }

    @Override
    public Tenant reactivate(String id) {
        return step(id, tenant -> {
            ResellerGate.requireOpen(db, tenant.resellerId());
            lifecycle.reactivate(tenant);
        });
    }

    @Override
    public Tenant terminate(String id) {
        return step(id, tenant -> lifecycle.terminate(tenant, db.queryOne("SELECT retention_days FROM reseller WHERE id = ?",
                row -> row.getInt(1), tenant.resellerId()).orElse(ResellerDraft.DEFAULT_RETENTION_DAYS)));
    }

    @Override
    public Tenant withdrawTermination(String id) {
        return step(id, tenant -> {
            ResellerGate.requireOpen(db, tenant.resellerId());
            lifecycle.withdrawTermination(tenant);
        });
    }

    @Override
    public Tenant erase(String id) {
        return step(id, tenant -> lifecycle.erase(tenant, new TreeMap<>(erasers)));
    }

    @Override
    public Tenant move(String id, String toResellerId) {
        if (toResellerId == null || toResellerId.isBlank()) {
            throw new ValidationException("resellerId", "is required: the reseller the tenant moves to");
        }
        return step(id, tenant -> {
            requireReseller(toResellerId);
            if (tenant.status() == TenantStatus.ERASED) {
                throw new ConflictException("tenant '" + tenant.name() + "' (" + id + ") was erased; its billing history stays with its reseller");
            }
            if (tenant.resellerId().equals(toResellerId)) {
                return; // already there
            }
            ResellerGate.requireOpen(db, toResellerId);
            lifecycle.moveTo(tenant, toResellerId); // a name the new reseller has already is its unique key's 409
        });
    }

    /**
     * One step of the tenant's life, with its row locked first: two steps at once (an erasure by
     * DueErasures and a withdrawal by hand, say) run one after the other, the second seeing the first.
     */
    private Tenant step(String id, java.util.function.Consumer<Tenant> step) {
        db.inTransaction(() -> {
            if (db.update("UPDATE tenant SET updated_at = updated_at WHERE id = ?", id) == 0) {
                throw new NotFoundException(ENTITY, id);
            }
            step.accept(get(id));
            return null;
        });
        return get(id);
    }

    @Override
    public Instant withResellerSince(String tenantId) {
        return db.inTransaction(() -> {
            Tenant tenant = get(tenantId);
            // The first change with its reseller after the last one with another (or ever, if it never moved).
            return db.queryOne("SELECT MIN(changed_at) FROM tenant_change WHERE tenant_id = ? AND reseller_id = ? AND changed_at >"
                            + " COALESCE((SELECT MAX(changed_at) FROM tenant_change WHERE tenant_id = ? AND reseller_id <> ?), TIMESTAMP('1970-01-01 00:00:00'))",
                    row -> org.centrala.persistence.Columns.instant(row, 1), tenantId, tenant.resellerId(), tenantId, tenant.resellerId())
                    .orElse(tenant.createdAt());
        });
    }

    @Override
    public TenantMonth month(String tenantId, YearMonth month) {
        return db.inTransaction(() -> months.of(get(tenantId), month));
    }

    @Override
    public List<TenantMonth> billedBy(String resellerId, YearMonth month) {
        return db.inTransaction(() -> {
            requireReseller(resellerId);
            return months.billedBy(resellerId, month, this::get);
        });
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindEraser(TenantDataEraser eraser, Map<String, Object> properties) {
        erasers.put(concernOf(eraser, properties), eraser);
    }

    void unbindEraser(TenantDataEraser eraser, Map<String, Object> properties) {
        erasers.remove(concernOf(eraser, properties), eraser);
    }

    private static String concernOf(TenantDataEraser eraser, Map<String, Object> properties) {
        Object concern = properties.get(TenantDataEraser.CONCERN);
        return concern == null ? eraser.getClass().getName() : concern.toString();
    }

    @Override
    public Page<Tenant> list(String resellerId, PageRequest request) {
        String orderBy = SORT.orderBy(request, "t.id");
        String where = resellerId == null ? "" : " WHERE t.reseller_id = ?";
        Object[] filter = resellerId == null ? new Object[0] : new Object[] {resellerId};
        return db.inTransaction(() -> {
            if (resellerId != null) {
                requireReseller(resellerId);
            }
            Object[] params = append(filter, request.offset(), request.size());
            return Page.of(
                    db.query("SELECT " + Rows.TENANT_COLUMNS + " FROM " + Rows.TENANT_FROM + where + " ORDER BY " + orderBy
                            + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", Rows::tenant, params),
                    request, db.count("SELECT COUNT(*) FROM tenant t" + where, filter));
        });
    }

    private void requireReseller(String resellerId) {
        if (db.count("SELECT COUNT(*) FROM reseller WHERE id = ?", resellerId) == 0) {
            throw new NotFoundException(JdbcResellerService.ENTITY, resellerId);
        }
    }

    private static Object[] append(Object[] head, Object... tail) {
        Object[] all = new Object[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }

    private static ConflictException duplicateName(TenantDraft draft) {
        return new ConflictException("this reseller already has a tenant named '" + draft.name().strip() + "'");
    }

    /**
     * The derived domain, or the first numbered one that is free. A name that only differs from
     * another reseller's tenant gets "-2": domains are unique on the node, like host names.
     */
    private String freeDomain(String derived) {
        String domain = derived;
        for (int number = 2; db.count("SELECT COUNT(*) FROM tenant WHERE sign_in_domain = ?", domain) > 0; number++) {
            domain = SignInDomains.numbered(derived, number);
        }
        return domain;
    }

    private static ConflictException domainTaken(String domain) {
        return new ConflictException("the sign-in domain '" + domain + "' is taken; choose another signInDomain (they are unique on the node,"
                + " like host names)");
    }

    private static ConflictException duplicateContext(PbxSettings pbx) {
        return new ConflictException("another tenant on the PBX " + pbx.host().strip() + ":" + pbx.amiPort()
                + " already uses the dialplan context '" + pbx.context() + "'; tenants sharing an Asterisk need distinct contexts");
    }

    private static ConflictException stillHasDepartments(String id, long departments) {
        return new ConflictException("tenant '" + id + "' still has " + departments + " department(s); delete them before deleting the tenant,"
                + " or terminate it instead (POST /api/v1/tenants/" + id + "/termination): its data is erased after the retention period");
    }
}
