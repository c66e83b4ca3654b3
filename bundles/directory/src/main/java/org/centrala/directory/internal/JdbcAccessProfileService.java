package org.centrala.directory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.centrala.audit.AuditEvent;
import org.centrala.audit.AuditLog;
import org.centrala.common.ConflictException;
import org.centrala.common.NotFoundException;
import org.centrala.common.Page;
import org.centrala.common.PageRequest;
import org.centrala.common.SortOrder;
import org.centrala.directory.AccessProfile;
import org.centrala.directory.AccessProfileDraft;
import org.centrala.directory.AccessProfileService;
import org.centrala.common.DataScope;
import org.centrala.persistence.AccessChanges;
import org.centrala.persistence.Database;
import org.centrala.persistence.DuplicateKeyException;
import org.centrala.tenancy.Names;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** R7, R18: access profiles. */
@Component(service = AccessProfileService.class)
public class JdbcAccessProfileService implements AccessProfileService {
    static final String ENTITY = "Access profile";
    private static final String COLUMNS = "id, tenant_id, name, functions, data_scope, created_at, updated_at";
    private static final SortOrder SORT = new SortOrder(Map.of("name", "name_key", "createdAt", "created_at"), "name");

    private final Database db;
    private final AuditLog audit;
    private final Clock clock;
    private final TenantData tenantData;
    private final AccessChanges accessChanges;

    @Activate
    public JdbcAccessProfileService(@Reference DirectorySchema schema) {
        this.db = schema.database();
        this.audit = schema.audit();
        this.clock = schema.clock();
        this.tenantData = new TenantData(db);
        this.accessChanges = schema.accessChanges();
    }

    @Override
    public AccessProfile create(String tenantId, AccessProfileDraft draft) {
        draft.validate();
        String id = UUID.randomUUID().toString();
        Instant now = TenantData.now(clock);
        db.inTransaction(() -> {
            tenantData.requireTenant(tenantId);
            try {
                db.update("INSERT INTO access_profile (id, tenant_id, name, name_key, data_scope, functions, created_at, updated_at)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        id, tenantId, draft.name(), Names.key(draft.name()), draft.scope(), DirectoryRows.joined(draft.functions()), now, now);
            } catch (DuplicateKeyException e) {
                throw duplicate(draft);
            }
            writeDepartments(tenantId, id, draft.departmentIds());
            audit.record(AuditEvent.ofTenant(tenantId, "access-profile.created", "access-profile:" + id).with(details(draft)));
            return null;
        });
        return get(tenantId, id);
    }

    private static Map<String, Object> details(AccessProfileDraft draft) {
        return Map.of("name", draft.name(), "scope", draft.scope(), "functions", new TreeSet<>(draft.functions()),
                "departmentIds", new TreeSet<>(draft.departmentIds()));
    }

    @Override
    public AccessProfile get(String tenantId, String id) {
        return db.inTransaction(() -> {
            AccessProfile profile = db.queryOne("SELECT " + COLUMNS + " FROM access_profile WHERE tenant_id = ? AND id = ?",
                    this::profileWithoutDepartments, tenantId, id).orElseThrow(() -> new NotFoundException(ENTITY, id));
            return withDepartments(profile);
        });
    }

    @Override
    public AccessProfile update(String tenantId, String id, AccessProfileDraft draft, java.time.Instant expectedUpdatedAt) {
        draft.validate();
        db.inTransaction(() -> {
            int changed;
            try {
                changed = db.update("UPDATE access_profile SET name = ?, name_key = ?, data_scope = ?, functions = ?, updated_at = ?"
                                + " WHERE tenant_id = ? AND id = ?" + org.centrala.persistence.Sql.versionCheck(expectedUpdatedAt),
                        org.centrala.persistence.Sql.withVersion(expectedUpdatedAt, draft.name(), Names.key(draft.name()), draft.scope(),
                                DirectoryRows.joined(draft.functions()), org.centrala.persistence.Sql.nextVersion(TenantData.now(clock), expectedUpdatedAt), tenantId, id));
            } catch (DuplicateKeyException e) {
                throw duplicate(draft);
            }
            if (changed == 0) {
                get(tenantId, id); // 404 if it is not there at all
                throw org.centrala.common.StaleVersionException.changedMeanwhile("access profile '" + id + "'");
            }
            db.update("DELETE FROM access_profile_department WHERE profile_id = ?", id);
            writeDepartments(tenantId, id, draft.departmentIds());
            audit.record(AuditEvent.ofTenant(tenantId, "access-profile.updated", "access-profile:" + id).with(details(draft)));
            accessChanges.changed();
            return null;
        });
        return get(tenantId, id);
    }

    @Override
    public void delete(String tenantId, String id) {
        db.inTransaction(() -> {
            long users = db.count("SELECT COUNT(*) FROM directory_user WHERE access_profile_id = ? AND left_at IS NULL", id);
            if (users > 0) {
                throw new ConflictException(users + " user(s) have access profile '" + id + "'; give them another profile first");
            }
            db.update("UPDATE directory_user SET access_profile_id = NULL WHERE access_profile_id = ?", id);
            if (db.update("DELETE FROM access_profile WHERE tenant_id = ? AND id = ?", tenantId, id) == 0) {
                throw new NotFoundException(ENTITY, id);
            }
            audit.record(AuditEvent.ofTenant(tenantId, "access-profile.deleted", "access-profile:" + id));
            accessChanges.changed();
            return null;
        });
    }

    @Override
    public Page<AccessProfile> list(String tenantId, PageRequest request) {
        String orderBy = SORT.orderBy(request, "id");
        return db.inTransaction(() -> {
            tenantData.requireTenant(tenantId);
            return Page.of(db.query("SELECT " + COLUMNS + " FROM access_profile WHERE tenant_id = ? ORDER BY " + orderBy
                                    + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", this::profileWithoutDepartments, tenantId, request.offset(), request.size())
                            .stream().map(this::withDepartments).toList(),
                    request, db.count("SELECT COUNT(*) FROM access_profile WHERE tenant_id = ?", tenantId));
        });
    }

    private void writeDepartments(String tenantId, String profileId, Set<String> departmentIds) {
        for (String departmentId : departmentIds) {
            tenantData.requireDepartment(tenantId, departmentId, "departmentIds");
            db.update("INSERT INTO access_profile_department (profile_id, department_id) VALUES (?, ?)", profileId, departmentId);
        }
    }

    private AccessProfile profileWithoutDepartments(ResultSet row) throws SQLException {
        return new AccessProfile(DirectoryRows.id(row, 1), DirectoryRows.id(row, 2), row.getString(3), DirectoryRows.split(row.getString(4)),
                DataScope.valueOf(row.getString(5)), Set.of(), DirectoryRows.instant(row, 6), DirectoryRows.instant(row, 7));
    }

    private AccessProfile withDepartments(AccessProfile profile) {
        Set<String> departments = new TreeSet<>(db.query("SELECT department_id FROM access_profile_department WHERE profile_id = ?",
                row -> DirectoryRows.id(row, 1), profile.id()));
        return new AccessProfile(profile.id(), profile.tenantId(), profile.name(), profile.functions(), profile.scope(), departments,
                profile.createdAt(), profile.updatedAt());
    }

    private static ConflictException duplicate(AccessProfileDraft draft) {
        return new ConflictException("this tenant already has an access profile named '" + draft.name() + "'");
    }
}
