package org.centrala.tenancy.internal;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

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
import org.centrala.tenancy.DepartmentDraft;
import org.centrala.tenancy.DepartmentService;
import org.centrala.tenancy.Names;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = DepartmentService.class)
public class JdbcDepartmentService implements DepartmentService {
    static final String ENTITY = "Department";
    private static final SortOrder SORT = new SortOrder(
            Map.of("name", "name_key", "countryCode", "country_code", "createdAt", "created_at"), "name");

    private final Database db;
    private final AuditLog audit;

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
    public Department update(String tenantId, String id, DepartmentDraft draft) {
        draft.validate();
        return db.inTransaction(() -> {
            int changed;
            try {
                changed = db.update("UPDATE department SET name = ?, name_key = ?, country_code = ?, updated_at = ? WHERE tenant_id = ? AND id = ?",
                        draft.name().strip(), Names.key(draft.name()), draft.countryCode(), Rows.now(), tenantId, id);
            } catch (DuplicateKeyException e) {
                throw duplicate(draft);
            }
            if (changed == 0) {
                throw new NotFoundException(ENTITY, id);
            }
            audit.record(AuditEvent.ofTenant(tenantId, "department.updated", "department:" + id).with(details(draft)));
            return get(tenantId, id);
        });
    }

    @Override
    public void delete(String tenantId, String id) {
        try {
            db.inTransaction(() -> {
                if (db.update("DELETE FROM department WHERE tenant_id = ? AND id = ?", tenantId, id) == 0) {
                    throw new NotFoundException(ENTITY, id);
                }
                audit.record(AuditEvent.ofTenant(tenantId, "department.deleted", "department:" + id));
                return null;
            });
        } catch (ReferenceViolationException e) {
            // Users or access profiles of other bundles still refer to it.
            throw new ConflictException("department '" + id + "' still has users or access profiles that refer to it;"
                    + " move them to another department first");
        }
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
