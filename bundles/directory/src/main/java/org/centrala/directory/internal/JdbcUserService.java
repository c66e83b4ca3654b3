package org.centrala.directory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.centrala.audit.AuditEvent;
import org.centrala.audit.AuditLog;
import org.centrala.common.AccessRole;
import org.centrala.common.ConflictException;
import org.centrala.common.NotFoundException;
import org.centrala.common.Page;
import org.centrala.common.PageRequest;
import org.centrala.common.ServiceSlot;
import org.centrala.common.SortOrder;
import org.centrala.common.StaleVersionException;
import org.centrala.common.ValidationException;
import org.centrala.directory.User;
import org.centrala.directory.UserDataEraser;
import org.centrala.directory.WorkplaceListener;
import org.centrala.directory.UserDraft;
import org.centrala.directory.UserQuery;
import org.centrala.directory.UserService;
import org.centrala.directory.ExtensionHolder;
import org.centrala.directory.UserType;
import org.centrala.licensing.Channel;
import org.centrala.licensing.LicenceService;
import org.centrala.persistence.AccessChanges;
import org.centrala.persistence.Database;
import org.centrala.persistence.DuplicateKeyException;
import org.centrala.persistence.Sql;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** R4-R7, R13-R16: users and the channels they hold licences of. */
@Component(service = UserService.class)
public class JdbcUserService implements UserService {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(JdbcUserService.class);
    static final String ENTITY = "User";
    private static final String COLUMNS = "id, tenant_id, department_id, user_type, display_name, email, username, access_profile_id,"
            + " left_at, created_at, updated_at, erased_at, extension";
    private static final SortOrder SORT = new SortOrder(Map.of("displayName", "LOWER(display_name)", "createdAt", "created_at"), "displayName");

    private final Database db;
    private final AuditLog audit;
    private final Clock clock;
    private final TenantData tenantData;
    private final AccessChanges accessChanges;
    /** Another concern's, bound dynamically: updating it must not stop this component; a call waits for it. */
    private final ServiceSlot<LicenceService> licencesSlot = new ServiceSlot<>("Licensing");
    private final LicenceService licences = licencesSlot.proxy(LicenceService.class);
    /** The concerns that erase their part of a user (whiteboard, issue 9). */
    private final List<UserDataEraser> userErasers = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<WorkplaceListener> workplaceListeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final UserErasure erasure;
    /** What else gives the tenant's extensions (its queues, a plugin's): a user's extension must be none of theirs. */
    private final List<ExtensionHolder> otherExtensionHolders = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Activate
    public JdbcUserService(@Reference DirectorySchema schema) {
        this.db = schema.database();
        this.audit = schema.audit();
        this.clock = schema.clock();
        this.tenantData = new TenantData(db);
        this.accessChanges = schema.accessChanges();
        this.erasure = new UserErasure(db, clock);
    }

    /** Outside OSGi (tests): every service given at once. */
    public JdbcUserService(DirectorySchema schema, LicenceService licences) {
        this(schema);
        licencesSlot.bind(licences);
    }

    @Override
    public User create(String tenantId, UserDraft draft) {
        draft.validate();
        String id = UUID.randomUUID().toString();
        Instant now = TenantData.now(clock);
        db.inTransaction(() -> {
            tenantData.requireTenant(tenantId);
            checkReferences(tenantId, draft);
            requireFreeExtension(tenantId, id, draft);
            try {
                db.update("INSERT INTO directory_user (id, tenant_id, department_id, user_type, display_name, email, username,"
                                + " access_profile_id, extension, left_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)",
                        id, tenantId, draft.departmentId(), draft.type(), draft.displayName(), draft.email(), draft.username(),
                        draft.accessProfileId(), draft.extension(), now, now);
            } catch (DuplicateKeyException e) {
                throw duplicate(e, draft);
            }
            writeRoles(id, draft.roles());
            audit.record(AuditEvent.ofTenant(tenantId, "user.created", "user:" + id).about(id).with(details(draft)));
            return null;
        });
        return get(tenantId, id);
    }

    /**
     * What the audit log keeps of a user change: no name, e-mail or user name, which an erasure
     * must be able to take back and the append-only log cannot give up (issue 9).
     */
    private static Map<String, Object> details(UserDraft draft) {
        Map<String, Object> details = new java.util.TreeMap<>();
        details.put("type", draft.type());
        details.put("roles", new java.util.TreeSet<>(draft.roles()));
        details.put("signsIn", draft.username() != null);
        details.put("departmentId", draft.departmentId() == null ? "-" : draft.departmentId());
        details.put("accessProfileId", draft.accessProfileId() == null ? "-" : draft.accessProfileId());
        details.put("extension", draft.extension() == null ? "-" : draft.extension());
        return details;
    }

    @Override
    public User get(String tenantId, String id) {
        return db.inTransaction(() -> db.queryOne("SELECT " + COLUMNS + " FROM directory_user WHERE tenant_id = ? AND id = ?",
                UserRow::read, tenantId, id).map(row -> complete(tenantId, List.of(row)).get(0))
                .orElseThrow(() -> new NotFoundException(ENTITY, id)));
    }

    @Override
    public User update(String tenantId, String id, UserDraft draft, Instant expectedUpdatedAt) {
        draft.validate();
        db.inTransaction(() -> {
            User current = requireActive(tenantId, id);
            if (current.type() != draft.type()) {
                throw new ValidationException("type", "cannot change from " + current.type() + "; create a new user instead");
            }
            checkReferences(tenantId, draft);
            requireFreeExtension(tenantId, id, draft);
            List<Object> params = new java.util.ArrayList<>(java.util.Arrays.asList(draft.username(), draft.departmentId(), draft.displayName(),
                    draft.email(), draft.username(), draft.accessProfileId(), draft.extension(), org.centrala.persistence.Sql.nextVersion(TenantData.now(clock), expectedUpdatedAt),
                    tenantId, id));
            if (expectedUpdatedAt != null) {
                params.add(expectedUpdatedAt);
            }
            int changed;
            try {
                // With an expected version, the row changes only if it is still that version: atomic, whatever runs meanwhile.
                // A bare sign-in name kept from before user names were per tenant goes when the name changes.
                changed = db.update("UPDATE directory_user SET node_login = CASE WHEN username = ? THEN node_login ELSE NULL END,"
                        + " department_id = ?, display_name = ?, email = ?, username = ?, access_profile_id = ?, extension = ?,"
                        + " updated_at = ? WHERE tenant_id = ? AND id = ?" + (expectedUpdatedAt == null ? "" : " AND updated_at = ?"), params.toArray());
            } catch (DuplicateKeyException e) {
                throw duplicate(e, draft);
            }
            if (changed == 0) {
                throw new StaleVersionException("user '" + id + "' was changed by someone else since it was read; read it again and"
                        + " apply the change to what it is now", null);
            }
            db.update("DELETE FROM user_role WHERE user_id = ?", id);
            writeRoles(id, draft.roles());
            if (current.roles().contains(AccessRole.ADMINISTRATOR) && !draft.roles().contains(AccessRole.ADMINISTRATOR)) {
                requireAnotherAdministrator(tenantId, current, "lose the role ADMINISTRATOR");
            }
            audit.record(AuditEvent.ofTenant(tenantId, "user.updated", "user:" + id).about(id).with(details(draft)));
            accessChanges.changed();
            return null;
        });
        return get(tenantId, id);
    }

    @Override
    public User leave(String tenantId, String id) {
        db.inTransaction(() -> {
            User current = requireActive(tenantId, id);
            if (current.roles().contains(AccessRole.ADMINISTRATOR)) {
                requireAnotherAdministrator(tenantId, current, "leave");
            }
            Instant now = TenantData.now(clock);
            licences.releaseAll(tenantId, id);
            db.update("DELETE FROM line_session WHERE user_id = ?", id);
            db.update("DELETE FROM ring_step WHERE user_id = ?", id);
            db.update("UPDATE device SET owner_user_id = NULL, updated_at = ? WHERE owner_user_id = ?", now, id);
            // Issue 11: the extension is freed for a successor; a returning user is given one again.
            db.update("UPDATE directory_user SET left_at = ?, extension = NULL, updated_at = ? WHERE id = ?", now, now, id);
            audit.record(AuditEvent.ofTenant(tenantId, "user.left", "user:" + id).about(id));
            accessChanges.changed();
            return null;
        });
        for (WorkplaceListener listener : workplaceListeners) {
            try {
                listener.userLeft(tenantId, id);
            } catch (RuntimeException e) {
                // The departure is kept; what the listener failed to end is its to report.
                LOG.warn("A workplace listener failed after user {} left: {}", id, e.toString());
            }
        }
        return get(tenantId, id);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindWorkplaceListener(WorkplaceListener listener) {
        workplaceListeners.add(listener);
    }

    void unbindWorkplaceListener(WorkplaceListener listener) {
        workplaceListeners.remove(listener);
    }

    @Override
    public User reactivate(String tenantId, String id) {
        db.inTransaction(() -> {
            User user = get(tenantId, id);
            if (user.erasedAt() != null) {
                throw new ConflictException("user " + id + " was erased and cannot come back; create a new user instead");
            }
            if (user.leftAt() == null) {
                throw new ConflictException(named(user) + " has not left; only a user who left can be reactivated");
            }
            if (db.update("UPDATE directory_user SET left_at = NULL, updated_at = ? WHERE tenant_id = ? AND id = ? AND left_at IS NOT NULL"
                    + " AND erased_at IS NULL", TenantData.now(clock), tenantId, id) == 0) {
                throw new ConflictException("user " + id + " was erased or reactivated meanwhile; read it again");
            }
            audit.record(AuditEvent.ofTenant(tenantId, "user.reactivated", "user:" + id).about(id));
            return null;
        });
        return get(tenantId, id);
    }

    @Override
    public User erase(String tenantId, String id) {
        db.inTransaction(() -> {
            User user = get(tenantId, id);
            if (user.erasedAt() != null) {
                return null; // erased already: nothing of it is left to erase
            }
            if (user.leftAt() == null) {
                throw new ConflictException(named(user) + " has not left; make the user leave first (DELETE /api/v1/tenants/" + tenantId
                        + "/users/" + id + "), then erase it");
            }
            // Only while it has still left: a reactivation at the same moment wins or loses as a whole.
            if (erasure.eraseUsers("tenant_id = ? AND id = ? AND left_at IS NOT NULL", tenantId, id) == 0) {
                throw new ConflictException(named(user) + " was reactivated meanwhile; make the user leave first, then erase it");
            }
            userErasers.forEach(eraser -> eraser.eraseUser(tenantId, id));
            audit.record(AuditEvent.ofTenant(tenantId, "user.erased", "user:" + id).about(id));
            accessChanges.changed();
            return null;
        });
        return get(tenantId, id);
    }

    /**
     * Issue 9: a tenant that has an ADMINISTRATOR keeps one. Counted after the change is written in
     * the same transaction, so two administrators demoting each other at once cannot both succeed:
     * the second waits for the first's locks and then sees no one left.
     */
    private void requireAnotherAdministrator(String tenantId, User admin, String what) {
        long others = db.count("SELECT COUNT(*) FROM directory_user u JOIN user_role r ON r.user_id = u.id WHERE u.tenant_id = ?"
                + " AND u.left_at IS NULL AND r.role = ? AND u.id <> ?", tenantId, AccessRole.ADMINISTRATOR.name(), admin.id());
        if (others == 0) {
            throw new ConflictException(admin.displayName() + " (" + admin.id() + ") is the tenant's last active ADMINISTRATOR and cannot "
                    + what + "; give another contact-centre user the role ADMINISTRATOR first");
        }
    }

    @Override
    public Page<User> find(String tenantId, UserQuery query, PageRequest request) {
        String orderBy = SORT.orderBy(request, "id");
        UserFilter filter = UserFilter.of(tenantId, query);
        return db.inTransaction(() -> {
            List<Object> params = new java.util.ArrayList<>(filter.params);
            params.add(request.offset());
            params.add(request.size());
            List<UserRow> rows = db.query("SELECT " + COLUMNS + " FROM directory_user u" + filter.where + " ORDER BY " + orderBy
                    + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", UserRow::read, params.toArray());
            if (rows.isEmpty()) {
                tenantData.requireTenant(tenantId); // an empty page of a tenant that does not exist is a 404
            }
            // A first page that is not full holds every user there is: no need to count them.
            long total = request.offset() == 0 && rows.size() < request.size() ? rows.size()
                    : db.count("SELECT COUNT(*) FROM directory_user u" + filter.where, filter.params.toArray());
            return Page.of(complete(tenantId, rows), request, total);
        });
    }

    @Override
    public User grantChannel(String tenantId, String userId, String channel) {
        db.inTransaction(() -> {
            User user = requireActive(tenantId, userId);
            if (user.type() != UserType.CONTACT_CENTRE) {
                throw new ConflictException(named(user) + " is a back-office user: only contact-centre users are licensed for channels (R5, R13)");
            }
            java.util.Set<String> held = licences.channelsHeld(tenantId, userId);
            if (held.contains(channel)) {
                return null; // already granted: nothing changes, nothing to record
            }
            // R13: voice is the base licence; other channels make a voice user multichannel.
            if (!Channel.VOICE.equals(channel) && !held.contains(Channel.VOICE)) {
                throw new ConflictException("the base licence is voice: give " + named(user) + " the voice channel before " + channel + " (R13)");
            }
            licences.acquire(tenantId, channel, userId);
            audit.record(AuditEvent.ofTenant(tenantId, "user.channel-granted", "user:" + userId).about(userId).with(Map.of("channel", channel)));
            return null;
        });
        return get(tenantId, userId);
    }

    @Override
    public User revokeChannel(String tenantId, String userId, String channel) {
        db.inTransaction(() -> {
            User user = requireActive(tenantId, userId);
            if (Channel.VOICE.equals(channel) && licences.channelsHeld(tenantId, userId).size() > 1) {
                throw new ConflictException("voice is the base licence: take the other channels from " + named(user) + " first (R13)");
            }
            if (licences.release(tenantId, channel, userId)) {
                audit.record(AuditEvent.ofTenant(tenantId, "user.channel-revoked", "user:" + userId).about(userId).with(Map.of("channel", channel)));
            }
            return null;
        });
        return get(tenantId, userId);
    }

    /** How errors name a user: by the name people know, with the id a client needs. */
    private static String named(User user) {
        return named(user.displayName(), user.id());
    }

    /** The same for a user known by its name and id only (the lines' errors). */
    static String named(String displayName, String id) {
        return "user '" + displayName + "' (" + id + ")";
    }

    private User requireActive(String tenantId, String id) {
        User user = get(tenantId, id);
        if (user.leftAt() != null) {
            throw new ConflictException(named(user) + " left on " + user.leftAt() + " and can no longer be changed");
        }
        return user;
    }

    private void checkReferences(String tenantId, UserDraft draft) {
        tenantData.requireDepartment(tenantId, draft.departmentId(), "departmentId");
        if (draft.accessProfileId() != null
                && db.count("SELECT COUNT(*) FROM access_profile WHERE tenant_id = ? AND id = ?", tenantId, draft.accessProfileId()) == 0) {
            throw new ValidationException("accessProfileId", "no access profile '" + draft.accessProfileId() + "' in this tenant");
        }
    }

    private void writeRoles(String userId, Set<AccessRole> roles) {
        for (AccessRole role : roles) {
            db.update("INSERT INTO user_role (user_id, role) VALUES (?, ?)", userId, role);
        }
    }

    /**
     * Adds the roles and the channels held to a page of users: one query each for the whole page,
     * never one per user (a list of 20 users costs 4 queries, not 42).
     */
    private List<User> complete(String tenantId, List<UserRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> ids = rows.stream().map(UserRow::id).toList();
        Map<String, Set<AccessRole>> roles = new HashMap<>();
        List<Object> params = new ArrayList<>(ids);
        db.query("SELECT user_id, role FROM user_role WHERE user_id IN (" + Sql.placeholders(ids.size()) + ")",
                r -> Map.entry(DirectoryRows.id(r, 1), AccessRole.valueOf(r.getString(2).trim())), params.toArray())
                .forEach(entry -> roles.computeIfAbsent(entry.getKey(), id -> EnumSet.noneOf(AccessRole.class)).add(entry.getValue()));
        Map<String, Set<String>> channels = licences.channelsHeld(tenantId, ids);
        return rows.stream().map(row -> row.user(roles.getOrDefault(row.id(), EnumSet.noneOf(AccessRole.class)),
                channels.getOrDefault(row.id(), Set.of()))).toList();
    }

    /** A user as its row holds it, before its roles and channels are added. */
    private record UserRow(String id, String tenantId, String departmentId, UserType type, String displayName, String email,
                           String username, String accessProfileId, Instant leftAt, Instant createdAt, Instant updatedAt, Instant erasedAt,
                           String extension) {
        static UserRow read(ResultSet row) throws SQLException {
            return new UserRow(DirectoryRows.id(row, 1), DirectoryRows.id(row, 2), DirectoryRows.id(row, 3),
                    UserType.valueOf(row.getString(4)), row.getString(5), row.getString(6), row.getString(7), DirectoryRows.id(row, 8),
                    DirectoryRows.instant(row, 9), DirectoryRows.instant(row, 10), DirectoryRows.instant(row, 11),
                    DirectoryRows.instant(row, 12), row.getString(13));
        }

        User user(Set<AccessRole> roles, Set<String> channels) {
            return new User(id, tenantId, departmentId, type, displayName, email, username, extension, roles, accessProfileId, channels,
                    leftAt, createdAt, updatedAt, erasedAt);
        }
    }

    /** Refuses an extension another user of the tenant has, naming that user (issue 11). */
    private void requireFreeExtension(String tenantId, String id, UserDraft draft) {
        if (draft.extension() == null) {
            return;
        }
        db.queryOne("SELECT display_name FROM directory_user WHERE tenant_id = ? AND extension = ? AND id <> ?",
                row -> row.getString(1), tenantId, draft.extension(), id).ifPresent(holder -> {
                    throw extensionTaken(draft, holder);
                });
        ExtensionHolder.holderAmong(otherExtensionHolders, tenantId, draft.extension()).ifPresent(what -> {
            throw new ConflictException("extension " + draft.extension() + " is taken by " + what
                    + "; extensions are unique within a tenant");
        });
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            target = "(!(" + ExtensionHolder.KIND + "=" + UserExtensions.KIND + "))")
    void bindExtensionHolder(ExtensionHolder holder) {
        otherExtensionHolders.add(holder);
    }

    void unbindExtensionHolder(ExtensionHolder holder) {
        otherExtensionHolders.remove(holder);
    }

    private static ConflictException extensionTaken(UserDraft draft, String holder) {
        return new ConflictException("extension " + draft.extension() + " is " + (holder == null ? "another user" : holder)
                + "'s; extensions are unique within a tenant");
    }

    /** Which of the two per-tenant unique values a write that raced another one repeated. */
    private static ConflictException duplicate(DuplicateKeyException e, UserDraft draft) {
        return e.getMessage().toUpperCase(java.util.Locale.ROOT).contains("UQ_USER_EXTENSION")
                ? extensionTaken(draft, null) : duplicateUsername(draft);
    }

    private static ConflictException duplicateUsername(UserDraft draft) {
        return new ConflictException("this tenant already has a user named '" + draft.username() + "' (perhaps one who left:"
                + " reactivate or rename that one); user names are unique within a tenant");
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindUserEraser(UserDataEraser eraser) {
        userErasers.add(eraser);
    }

    void unbindUserEraser(UserDataEraser eraser) {
        userErasers.remove(eraser);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindLicences(LicenceService service) {
        licencesSlot.bind(service);
    }

    void unbindLicences(LicenceService service) {
        licencesSlot.unbind(service);
    }
}
