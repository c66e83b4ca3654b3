package org.centrala.directory.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.centrala.common.ServiceSlot;
import org.centrala.audit.AuditEvent;
import org.centrala.audit.AuditLog;
import org.centrala.common.ConflictException;
import org.centrala.common.StaleVersionException;
import org.centrala.persistence.Sql;
import org.centrala.common.NotFoundException;
import org.centrala.common.Page;
import org.centrala.common.PageRequest;
import org.centrala.common.SortOrder;
import org.centrala.common.ValidationException;
import org.centrala.directory.Device;
import org.centrala.directory.DeviceDraft;
import org.centrala.directory.DeviceQuery;
import org.centrala.directory.DeviceService;
import org.centrala.directory.NewDevice;
import org.centrala.directory.SipAccount;
import org.centrala.directory.SipAccounts;
import org.centrala.licensing.DevicePackService;
import org.centrala.licensing.DevicePacks;
import org.centrala.persistence.Database;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferenceCardinality;

/** R3: devices, at most 10 per pack the tenant bought. */
@Component(service = {DeviceService.class, SipAccounts.class})
public class JdbcDeviceService implements DeviceService, SipAccounts {
    static final String ENTITY = "Device";
    private static final SortOrder SORT = new SortOrder(Map.of("label", "label", "kind", "kind", "createdAt", "created_at"), "label");

    private final Database db;
    private final AuditLog audit;
    private final Clock clock;
    private final TenantData tenantData;
    /** Another concern's, bound dynamically: updating it must not stop this component; a call waits for it. */
    private final ServiceSlot<DevicePackService> packsSlot = new ServiceSlot<>("Licensing");
    private final DevicePackService packs = packsSlot.proxy(DevicePackService.class);
    private final SipCredentials credentials = new SipCredentials();

    @Activate
    public JdbcDeviceService(@Reference DirectorySchema schema) {
        this.db = schema.database();
        this.audit = schema.audit();
        this.clock = schema.clock();
        this.tenantData = new TenantData(db);
    }

    /** Outside OSGi (tests): every service given at once. */
    public JdbcDeviceService(DirectorySchema schema, DevicePackService packs) {
        this(schema);
        packsSlot.bind(packs);
    }

    @Override
    public NewDevice create(String tenantId, DeviceDraft draft) {
        draft.validate();
        String sipUsername = draft.kind().isSip() ? credentials.username() : null;
        String sipSecret = draft.kind().isSip() ? credentials.secret() : null;
        return new NewDevice(register(tenantId, draft, sipUsername, sipSecret, "device.created"), sipSecret);
    }

    /** PJSIP object names: what Asterisk's sorcery and a SIP URI's user part both accept. */
    private static final java.util.regex.Pattern ENDPOINT_NAME = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,79}");

    @Override
    public Device adopt(String tenantId, String sipUsername, DeviceDraft draft) {
        draft.validate();
        if (!draft.kind().isSip()) {
            throw new ValidationException("kind", "must be a SIP kind: only SIP endpoints can be adopted");
        }
        if (sipUsername == null || !ENDPOINT_NAME.matcher(sipUsername).matches()) {
            throw new ValidationException("endpoint", "must be a PJSIP endpoint name: letters, digits, '.', '_' and '-', at most 80");
        }
        if (db.count("SELECT COUNT(*) FROM device WHERE sip_username = ?", sipUsername) > 0) {
            throw new ConflictException("the endpoint '" + sipUsername + "' is already a device of Centrala");
        }
        return register(tenantId, draft, sipUsername, null, "device.adopted");
    }

    private Device register(String tenantId, DeviceDraft draft, String sipUsername, String sipSecret, String auditAction) {
        String id = UUID.randomUUID().toString();
        Instant now = TenantData.now(clock);
        db.inTransaction(() -> {
            tenantData.requireTenant(tenantId);
            tenantData.requireActiveUser(tenantId, draft.ownerUserId(), "ownerUserId");
            requireNotOnALine(draft.ownerUserId());
            String mobile = mobileNumber(tenantId, draft);
            // The pack lock serialises registrations of this tenant until we commit: no two
            // requests can both take the last free place (R3).
            int allowed = packs.lockDeviceAllowance(tenantId);
            long registered = db.count("SELECT COUNT(*) FROM device WHERE tenant_id = ?", tenantId);
            if (registered >= allowed) {
                int packsNow = allowed / DevicePacks.DEVICES_PER_PACK;
                throw new ConflictException("the tenant has " + registered + " devices and " + packsNow + " device pack(s) allow "
                        + allowed + " (" + DevicePacks.DEVICES_PER_PACK + " per pack); buy pack number " + (packsNow + 1)
                        + " (PUT /api/v1/tenants/" + tenantId + "/device-packs) to register more (R3)");
            }
            db.update("INSERT INTO device (id, tenant_id, kind, label, owner_user_id, sip_username, sip_secret, mobile_number, created_at, updated_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    id, tenantId, draft.kind(), draft.label(), draft.ownerUserId(), sipUsername, sipSecret, mobile, now, now);
            Map<String, Object> details = new java.util.LinkedHashMap<>(details(draft));
            if (sipSecret == null && sipUsername != null) {
                details.put("endpoint", sipUsername);
            }
            audit.record(AuditEvent.ofTenant(tenantId, auditAction, "device:" + id).about(draft.ownerUserId()).with(details));
            return null;
        });
        return get(tenantId, id);
    }

    @Override
    public List<SipAccount> of(String tenantId, String realm) {
        return db.query("SELECT d.id, d.sip_username, d.sip_secret, d.label, u.display_name, u.extension FROM device d"
                        + " LEFT JOIN directory_user u ON u.id = d.owner_user_id AND u.left_at IS NULL"
                        + " WHERE d.tenant_id = ? AND d.sip_username IS NOT NULL ORDER BY d.created_at, d.id",
                rs -> {
                    String user = rs.getString(2);
                    String secret = rs.getString(3);
                    String owner = rs.getString(5);
                    return new SipAccount(rs.getString(1).trim(), user, secret == null,
                            secret == null ? null : md5(user + ":" + realm + ":" + secret), owner != null ? owner : rs.getString(4),
                            owner != null ? rs.getString(6) : null);
                }, tenantId);
    }

    private static String md5(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has MD5", e);
        }
    }

    @Override
    public Device get(String tenantId, String id) {
        return db.queryOne("SELECT " + DirectoryRows.DEVICE_COLUMNS + " FROM device WHERE tenant_id = ? AND id = ?", DirectoryRows::device, tenantId, id)
                .orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    @Override
    public Device update(String tenantId, String id, DeviceDraft draft, java.time.Instant expectedUpdatedAt) {
        draft.validate();
        db.inTransaction(() -> {
            Device current = get(tenantId, id);
            if (current.kind() != draft.kind()) {
                throw new ValidationException("kind", "cannot change from " + current.kind() + "; register a new device instead");
            }
            tenantData.requireActiveUser(tenantId, draft.ownerUserId(), "ownerUserId");
            if (current.ownerUserId() != null && !current.ownerUserId().equals(draft.ownerUserId())) {
                requireUnusedByRingPlan(id, "hand it to another user");
            }
            if (draft.ownerUserId() != null && !draft.ownerUserId().equals(current.ownerUserId())) {
                requireNotOnALine(draft.ownerUserId());
                if (db.count("SELECT COUNT(*) FROM line WHERE device_id = ?", id) > 0) {
                    throw new ConflictException("device '" + id + "' is the phone of a hot-desk line and cannot be assigned to a user (R11)");
                }
            }
            if (db.update("UPDATE device SET label = ?, owner_user_id = ?, mobile_number = ?, updated_at = ? WHERE tenant_id = ? AND id = ?"
                    + Sql.versionCheck(expectedUpdatedAt), Sql.withVersion(expectedUpdatedAt, draft.label(), draft.ownerUserId(),
                    mobileNumber(tenantId, draft), Sql.nextVersion(TenantData.now(clock), expectedUpdatedAt), tenantId, id)) == 0) {
                throw StaleVersionException.changedMeanwhile("device '" + id + "'");
            }
            audit.record(AuditEvent.ofTenant(tenantId, "device.updated", "device:" + id).about(draft.ownerUserId()).with(details(draft)));
            return null;
        });
        return get(tenantId, id);
    }

    @Override
    public void delete(String tenantId, String id) {
        db.inTransaction(() -> {
            get(tenantId, id);
            requireUnusedByRingPlan(id, "delete it");
            if (db.count("SELECT COUNT(*) FROM line WHERE device_id = ?", id) > 0) {
                throw new ConflictException("device '" + id + "' is the phone of a hot-desk line; delete the line first");
            }
            db.update("DELETE FROM device WHERE tenant_id = ? AND id = ?", tenantId, id);
            audit.record(AuditEvent.ofTenant(tenantId, "device.deleted", "device:" + id));
            return null;
        });
    }

    @Override
    public Page<Device> find(String tenantId, DeviceQuery query, PageRequest request) {
        String orderBy = SORT.orderBy(request, "id");
        DeviceFilter filter = DeviceFilter.of(tenantId, query == null ? new DeviceQuery(null, null, null) : query);
        List<Object> params = new ArrayList<>(filter.params);
        return db.inTransaction(() -> {
            tenantData.requireTenant(tenantId);
            long total = db.count("SELECT COUNT(*) FROM device" + filter.where, params.toArray());
            params.add(request.offset());
            params.add(request.size());
            return Page.of(db.query("SELECT " + DirectoryRows.DEVICE_COLUMNS + " FROM device" + filter.where + " ORDER BY " + orderBy
                    + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", DirectoryRows::device, params.toArray()), request, total);
        });
    }

    /** What the audit log keeps of a device: never its SIP secret. */
    private static Map<String, Object> details(DeviceDraft draft) {
        return Map.of("kind", draft.kind(), "label", draft.label(), "ownerUserId", draft.ownerUserId() == null ? "-" : draft.ownerUserId());
    }

    /** R11: a user either has a device assigned or logs in to a free line, not both. */
    private void requireNotOnALine(String userId) {
        if (userId != null && db.count("SELECT COUNT(*) FROM line_session WHERE user_id = ?", userId) > 0) {
            throw new ConflictException("user '" + userId + "' is logged in to a hot-desk line; users either have a device or a line (R11)");
        }
    }

    private void requireUnusedByRingPlan(String deviceId, String action) {
        if (db.count("SELECT COUNT(*) FROM ring_step_device WHERE device_id = ?", deviceId) > 0) {
            throw new ConflictException("device '" + deviceId + "' is in its owner's ring plan; change the ring plan before you " + action);
        }
    }

    private String mobileNumber(String tenantId, DeviceDraft draft) {
        if (draft.mobileNumber() == null) {
            return null;
        }
        String region = draft.region();
        if (region == null && draft.ownerUserId() != null) {
            region = db.queryOne("SELECT d.country_code FROM directory_user u JOIN department d ON d.id = u.department_id"
                    + " WHERE u.tenant_id = ? AND u.id = ?", row -> row.getString(1).trim(), tenantId, draft.ownerUserId()).orElse(null);
        }
        return MobileNumbers.toE164(draft.mobileNumber(), region, "mobileNumber");
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindPacks(DevicePackService service) {
        packsSlot.bind(service);
    }

    void unbindPacks(DevicePackService service) {
        packsSlot.unbind(service);
    }
}
