package org.centrala.tenancy.internal;

import java.time.Instant;
import java.util.ArrayList;
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
import org.centrala.persistence.Database;
import org.centrala.persistence.DuplicateKeyException;
import org.centrala.persistence.ReferenceViolationException;
import org.centrala.tenancy.Department;
import org.centrala.tenancy.DepartmentReferences;
import org.centrala.tenancy.DepartmentDraft;
import org.centrala.tenancy.DepartmentService;
import org.centrala.tenancy.Names;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferenceCardinality;

@Component(service = DepartmentService.class)
public class JdbcDepartmentService implements DepartmentService {
    static final String ENTITY = "Department";
    private static final SortOrder SORT = new SortOrder(
            Map.of("name", "name_key", "countryCode", "country_code", "createdAt", "created_at"), "name");

    private final Database db;
    private final AuditLog audit;
    /** The concerns that refer to departments; any of them may come and go. */
    private final List<DepartmentReferences> references = new CopyOnWriteArrayList<>();

    @Activate
    public JdbcDepartmentService(@Reference TenancySchema schema) {
        this.db = schema.database();
        this.audit = schema.audit();
    }

    @Override
    public Department create(String tenantId, DepartmentDraft draft) {
        draft.validate();
        String id = UUID.randomUUID().toString();
        Instant now = Rows.now();
        db.inTransaction(() -> {
            requireTenant(tenantId);
            try {
                db.update("INSERT INTO department (id, tenant_id, name, name_key, country_code, created_at, updated_at)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                        id, tenantId, draft.name().strip(), Names.key(draft.name()), draft.countryCode(), now, now);
            } catch (DuplicateKeyException e) {
                throw duplicate(draft);
            } catch (ReferenceViolationException e) {
                // The tenant was deleted after requireTenant saw it.
                throw new NotFoundException(JdbcTenantService.ENTITY, tenantId);
            }
            audit.record(AuditEvent.ofTenant(tenantId, "department.created", "department:" + id).with(details(draft)));
            return null;
        });
        return get(tenantId, id);
    }

    private static Map<String, Object> details(DepartmentDraft draft) {
        return Map.of("name", draft.name(), "countryCode", draft.countryCode());
    }

    @Override
    public Department get(String tenantId, String id) {
        // The tenant is part of the key: another tenant's department is simply not found (R1).
        return db.queryOne("SELECT " + Rows.DEPARTMENT_COLUMNS + " FROM department WHERE tenant_id = ? AND id = ?",
                        Rows::department, tenantId, id)
                .orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    @Override
    public Department update(String tenantId, String id, DepartmentDraft draft, java.time.Instant expectedUpdatedAt) {
        draft.validate();
        return db.inTransaction(() -> {
            int changed;
            try {
                changed = db.update("UPDATE department SET name = ?, name_key = ?, country_code = ?, updated_at = ? WHERE tenant_id = ? AND id = ?"
                        + org.centrala.persistence.Sql.versionCheck(expectedUpdatedAt), org.centrala.persistence.Sql.withVersion(expectedUpdatedAt, draft.name().strip(), Names.key(draft.name()),
                        draft.countryCode(), org.centrala.persistence.Sql.nextVersion(Rows.now(), expectedUpdatedAt), tenantId, id));
            } catch (DuplicateKeyException e) {
                throw duplicate(draft);
            }
            if (changed == 0) {
                get(tenantId, id); // 404 if it is not there at all
                throw org.centrala.common.StaleVersionException.changedMeanwhile("department '" + id + "'");
            }
            audit.record(AuditEvent.ofTenant(tenantId, "department.updated", "department:" + id).with(details(draft)));
            return get(tenantId, id);
        });
    }

    @Override
    public void delete(String tenantId, String id) {
        try {
            db.inTransaction(() -> {
                Department department = get(tenantId, id);
                List<String> blocking = new ArrayList<>();
                references.forEach(reference -> blocking.addAll(reference.blocking(tenantId, id)));
                if (!blocking.isEmpty()) {
                    throw new ConflictException("department '" + department.name() + "' (" + id + ") still has " + String.join(" and ", blocking)
                            + "; move them to another department (users: PATCH departmentId; profiles: their departmentIds) and delete it then");
                }
                references.forEach(reference -> reference.release(tenantId, id));
                db.update("DELETE FROM department WHERE tenant_id = ? AND id = ?", tenantId, id);
                audit.record(AuditEvent.ofTenant(tenantId, "department.deleted", "department:" + id));
                return null;
            });
        } catch (ReferenceViolationException e) {
            // Data of a concern that is not installed, or was added meanwhile, still refers to it.
            throw new ConflictException("department '" + id + "' is still referred to by data of another part of the node;"
                    + " try again, and if it persists, move what refers to it first");
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindReferences(DepartmentReferences reference) {
        references.add(reference);
    }

    void unbindReferences(DepartmentReferences reference) {
        references.remove(reference);
    }

    @Override
    public Page<Department> list(String tenantId, PageRequest request) {
        String orderBy = SORT.orderBy(request, "id");
        return db.inTransaction(() -> {
            requireTenant(tenantId);
            return Page.of(
                    db.query("SELECT " + Rows.DEPARTMENT_COLUMNS + " FROM department WHERE tenant_id = ? ORDER BY " + orderBy
                            + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", Rows::department, tenantId, request.offset(), request.size()),
                    request, db.count("SELECT COUNT(*) FROM department WHERE tenant_id = ?", tenantId));
        });
    }

    private void requireTenant(String tenantId) {
        if (db.count("SELECT COUNT(*) FROM tenant WHERE id = ?", tenantId) == 0) {
            throw new NotFoundException(JdbcTenantService.ENTITY, tenantId);
        }
    }

    private static ConflictException duplicate(DepartmentDraft draft) {
        return new ConflictException("this tenant already has a department named '" + draft.name().strip() + "'");
    }
}
