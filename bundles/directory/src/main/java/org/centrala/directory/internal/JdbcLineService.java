package org.centrala.directory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
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
import org.centrala.common.ValidationException;
import org.centrala.directory.DeviceKind;
import org.centrala.directory.Line;
import org.centrala.directory.LineDraft;
import org.centrala.directory.WorkplaceListener;
import org.centrala.directory.LineService;
import org.centrala.directory.UserType;
import org.centrala.persistence.Database;
import org.centrala.persistence.DuplicateKeyException;
import org.centrala.tenancy.Names;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * R11: hot-desk lines. Who holds a line is one row in line_session whose primary key is the line
 * and whose unique key is the user: when two log-ins race, the database admits exactly one.
 */
@Component(service = LineService.class)
public class JdbcLineService implements LineService {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(JdbcLineService.class);
    private final java.util.List<WorkplaceListener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    static final String ENTITY = "Line";
    private static final String COLUMNS = "l.id, l.tenant_id, l.name, l.device_id, s.user_id, s.since, l.created_at, l.updated_at";
    private static final String FROM = "line l LEFT JOIN line_session s ON s.line_id = l.id";
    private static final SortOrder SORT = new SortOrder(Map.of("name", "l.name_key", "createdAt", "l.created_at"), "name");

    private final Database db;
    private final AuditLog audit;
    private final Clock clock;
    private final TenantData tenantData;

    @Activate
    public JdbcLineService(@Reference DirectorySchema schema) {
        this.db = schema.database();
        this.audit = schema.audit();
        this.clock = schema.clock();
        this.tenantData = new TenantData(db);
    }

    @Override
    public Line create(String tenantId, LineDraft draft) {
        draft.validate();
        String id = UUID.randomUUID().toString();
        Instant now = TenantData.now(clock);
        db.inTransaction(() -> {
            tenantData.requireTenant(tenantId);
            requireFreeDeskDevice(tenantId, draft.deviceId(), null);
            try {
                db.update("INSERT INTO line (id, tenant_id, name, name_key, device_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        id, tenantId, draft.name(), Names.key(draft.name()), draft.deviceId(), now, now);
            } catch (DuplicateKeyException e) {
                throw new ConflictException("this tenant already has a line named '" + draft.name() + "' or one on that device");
            }
            audit.record(AuditEvent.ofTenant(tenantId, "line.created", "line:" + id).with(java.util.Map.of("name", draft.name(), "deviceId", draft.deviceId())));
            return null;
        });
        return get(tenantId, id);
    }

    @Override
    public Line get(String tenantId, String id) {
        return db.queryOne("SELECT " + COLUMNS + " FROM " + FROM + " WHERE l.tenant_id = ? AND l.id = ?", JdbcLineService::line, tenantId, id)
                .orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    @Override
    public Line update(String tenantId, String id, LineDraft draft, java.time.Instant expectedUpdatedAt) {
        draft.validate();
        db.inTransaction(() -> {
            get(tenantId, id);
            requireFreeDeskDevice(tenantId, draft.deviceId(), id);
            try {
                if (db.update("UPDATE line SET name = ?, name_key = ?, device_id = ?, updated_at = ? WHERE tenant_id = ? AND id = ?"
                        + org.centrala.persistence.Sql.versionCheck(expectedUpdatedAt), org.centrala.persistence.Sql.withVersion(expectedUpdatedAt,
                        draft.name(), Names.key(draft.name()), draft.deviceId(), org.centrala.persistence.Sql.nextVersion(TenantData.now(clock), expectedUpdatedAt), tenantId, id)) == 0) {
                    throw org.centrala.common.StaleVersionException.changedMeanwhile("line '" + id + "'");
                }
            } catch (DuplicateKeyException e) {
                throw new ConflictException("this tenant already has a line named '" + draft.name() + "' or one on that device");
            }
            audit.record(AuditEvent.ofTenant(tenantId, "line.updated", "line:" + id).with(java.util.Map.of("name", draft.name(), "deviceId", draft.deviceId())));
            return null;
        });
        return get(tenantId, id);
    }

    @Override
    public void delete(String tenantId, String id) {
        db.inTransaction(() -> {
            Line line = get(tenantId, id);
            if (line.heldBy() != null) {
                throw new ConflictException("line '" + line.name() + "' is held by " + userNamed(tenantId, line.heldBy()) + "; it must log out first");
            }
            db.update("DELETE FROM line WHERE tenant_id = ? AND id = ?", tenantId, id);
            audit.record(AuditEvent.ofTenant(tenantId, "line.deleted", "line:" + id));
            return null;
        });
    }

    @Override
    public Page<Line> list(String tenantId, PageRequest request) {
        String orderBy = SORT.orderBy(request, "l.id");
        return db.inTransaction(() -> {
            tenantData.requireTenant(tenantId);
            return Page.of(db.query("SELECT " + COLUMNS + " FROM " + FROM + " WHERE l.tenant_id = ? ORDER BY " + orderBy
                            + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", JdbcLineService::line, tenantId, request.offset(), request.size()),
                    request, db.count("SELECT COUNT(*) FROM line WHERE tenant_id = ?", tenantId));
        });
    }

    @Override
    public Line logIn(String tenantId, String lineId, String userId) {
        if (userId == null || userId.isBlank()) {
            throw new ValidationException("userId", "is required");
        }
        return db.inTransaction(() -> {
            Line line = get(tenantId, lineId);
            requireContactCentreUserWithoutDevice(tenantId, userId);
            if (userId.equals(line.heldBy())) {
                return line;
            }
            if (line.heldBy() != null) {
                throw new ConflictException("line '" + line.name() + "' is held by " + userNamed(tenantId, line.heldBy()) + " since " + line.heldSince() + " (R11)");
            }
            if (db.count("SELECT COUNT(*) FROM line_session WHERE user_id = ?", userId) > 0) {
                throw new ConflictException(userNamed(tenantId, userId) + " already holds another line; log out of it first (R11)");
            }
            try {
                db.update("INSERT INTO line_session (line_id, user_id, since) VALUES (?, ?, ?)", lineId, userId, TenantData.now(clock));
            } catch (DuplicateKeyException e) {
                // Another log-in to this line, or of this user elsewhere, committed in between: the
                // database admitted exactly one of them, and it was not this one.
                throw new ConflictException("line '" + line.name() + "' or user '" + userId + "' was taken by a log-in at the same moment (R11)");
            }
            audit.record(AuditEvent.ofTenant(tenantId, "line.logged-in", "line:" + lineId).about(userId));
            return get(tenantId, lineId);
        });
    }

    @Override
    public Line logOut(String tenantId, String lineId, String userId) {
        Line released = db.inTransaction(() -> {
            get(tenantId, lineId);
            if (db.update("DELETE FROM line_session WHERE line_id = ? AND user_id = ?", lineId, userId) == 0) {
                throw new ConflictException("user '" + userId + "' does not hold line '" + lineId + "'");
            }
            audit.record(AuditEvent.ofTenant(tenantId, "line.logged-out", "line:" + lineId).about(userId));
            return get(tenantId, lineId);
        });
        for (WorkplaceListener listener : listeners) {
            try {
                listener.lineReleased(tenantId, released, userId);
            } catch (RuntimeException e) {
                // The release is kept; what the listener failed to end is its to report.
                LOG.warn("A workplace listener failed after user {} released line {}: {}", userId, lineId, e.toString());
            }
        }
        return released;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindListener(WorkplaceListener listener) {
        listeners.add(listener);
    }

    void unbindListener(WorkplaceListener listener) {
        listeners.remove(listener);
    }

    private void requireFreeDeskDevice(String tenantId, String deviceId, String lineId) {
        Object[] device = db.queryOne("SELECT kind, owner_user_id FROM device WHERE tenant_id = ? AND id = ?",
                row -> new Object[] {row.getString(1), row.getString(2)}, tenantId, deviceId)
                .orElseThrow(() -> new ValidationException("deviceId", "no device '" + deviceId + "' in this tenant"));
        if (DeviceKind.valueOf((String) device[0]) == DeviceKind.MOBILE_PHONE) {
            throw new ValidationException("deviceId", "a hot-desk line needs a SIP device, not a mobile phone");
        }
        if (device[1] != null) {
            throw new ValidationException("deviceId", "is assigned to a user; a hot-desk line needs an unassigned device");
        }
    }

    /** How errors name a user, as the users' own errors do: by the name people know, with the id a client needs. */
    private String userNamed(String tenantId, String userId) {
        return db.queryOne("SELECT display_name FROM directory_user WHERE tenant_id = ? AND id = ?", row -> row.getString(1), tenantId, userId)
                .map(name -> JdbcUserService.named(name, userId)).orElse("user '" + userId + "'");
    }

    private void requireContactCentreUserWithoutDevice(String tenantId, String userId) {
        String type = db.queryOne("SELECT user_type FROM directory_user WHERE tenant_id = ? AND id = ? AND left_at IS NULL",
                row -> row.getString(1), tenantId, userId)
                .orElseThrow(() -> new ValidationException("userId", "no active user '" + userId + "' in this tenant"));
        if (!UserType.CONTACT_CENTRE.name().equals(type)) {
            throw new ConflictException("only contact-centre users log in to lines (R11); back-office users are reached through their ring plan (R5)");
        }
        if (db.count("SELECT COUNT(*) FROM device WHERE owner_user_id = ?", userId) > 0) {
            throw new ConflictException(userNamed(tenantId, userId) + " has a device assigned; users either have a device or log in to a free line (R11)");
        }
    }

    private static Line line(ResultSet row) throws SQLException {
        return new Line(DirectoryRows.id(row, 1), DirectoryRows.id(row, 2), row.getString(3), DirectoryRows.id(row, 4),
                DirectoryRows.id(row, 5), DirectoryRows.instant(row, 6), DirectoryRows.instant(row, 7), DirectoryRows.instant(row, 8));
    }
}
