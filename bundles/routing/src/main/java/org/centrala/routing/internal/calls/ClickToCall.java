package org.centrala.routing.internal.calls;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.centrala.audit.AuditEvent;
import org.centrala.audit.AuditLog;
import org.centrala.common.ConflictException;
import org.centrala.common.ServiceSlot;
import org.centrala.common.ValidationException;
import org.centrala.directory.CallDestination;
import org.centrala.directory.CallDestinations;
import org.centrala.directory.ExtensionHolder;
import org.centrala.directory.OutsideNumber;
import org.centrala.directory.User;
import org.centrala.directory.UserService;
import org.centrala.pbx.PbxActions;
import org.centrala.persistence.Database;
import org.centrala.routing.internal.RoutingConfig;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Click-to-call (issue 11): the PBX rings the user's own phone and, once it answers, dials the
 * destination through the tenant's dialplan (so the routing decides, as for a call dialled on the
 * phone). Only a validated extension or phone number reaches the PBX; the call is rate-limited per
 * user and audited (R9).
 */
@Component(service = ClickToCall.class, configurationPid = RoutingConfig.PID)
public class ClickToCall {
    /** How long the user's own phone rings before the PBX gives up. */
    static final int OWN_PHONE_RING_SECONDS = 30;

    private final ServiceSlot<UserService> usersSlot = new ServiceSlot<>("The directory");
    private final UserService users = usersSlot.proxy(UserService.class);
    private final ServiceSlot<CallDestinations> destinationsSlot = new ServiceSlot<>("The directory");
    private final CallDestinations destinations = destinationsSlot.proxy(CallDestinations.class);
    private final ServiceSlot<AuditLog> auditSlot = new ServiceSlot<>("The audit log");
    private final AuditLog audit = auditSlot.proxy(AuditLog.class);
    /** Whatever gives the tenant's extensions: users, queues, plugins (whiteboard). */
    private final List<ExtensionHolder> extensionHolders = new CopyOnWriteArrayList<>();
    private final PbxActions pbx;
    private final Database db;
    private final CallRate rate;

    @Activate
    public ClickToCall(@Reference PbxActions pbx, @Reference Database db, RoutingConfig config) {
        this.pbx = pbx;
        this.db = db;
        this.rate = new CallRate(Clock.systemUTC(), config.callsPerMinute());
    }

    @Modified
    void modified(RoutingConfig config) {
        rate.perMinute(config.callsPerMinute());
    }

    public PlacedCall place(String tenantId, String userId, String destination) {
        String dialled = digits(destination);
        User user = users.get(tenantId, userId);
        if (user.leftAt() != null) {
            throw new ConflictException(user.displayName() + " has left and places no calls");
        }
        CallDestination.Target phone = destinations.ownPhone(tenantId, userId).orElseThrow(() -> new ConflictException(
                user.displayName() + " has no phone to call from: give it a SIP desk phone or softphone, or log it in to a"
                        + " line (R11)"));
        String endpoint = "PJSIP/" + phone.sipUsername();
        pbx.requireRegistered(tenantId, phone.sipUsername());
        boolean extension = isExtension(tenantId, dialled);
        String exten = extension ? dialled : outsideNumber(tenantId, phone, dialled);
        rate.admit(userId);
        String callId = "centrala-" + UUID.randomUUID();
        pbx.originate(tenantId, new PbxActions.Originate(endpoint, exten, user.displayName(),
                user.extension() != null ? user.extension() : phone.sipUsername(), callId, OWN_PHONE_RING_SECONDS));
        String kind = extension ? "EXTENSION" : "OUTSIDE";
        // R9: who placed which call from which phone; the number itself stays out of the append-only log.
        db.inTransaction(() -> audit.record(AuditEvent.ofTenant(tenantId, "call.placed", "user:" + userId).about(userId)
                .with(Map.of("pbxCallId", callId, "deviceId", phone.deviceId(), "destination", kind))));
        return new PlacedCall(callId, userId, phone.deviceId(), exten, kind);
    }

    /** A user's, a queue's or a plugin's extension in the tenant: the routing reaches it as dialled. */
    private boolean isExtension(String tenantId, String dialled) {
        return ExtensionHolder.holderAmong(extensionHolders, tenantId, dialled).isPresent();
    }

    /** The number in E.164 as the tenant's dialling rules allow it; 400 on {@code destination} saying why not. */
    private String outsideNumber(String tenantId, CallDestination.Target phone, String dialled) {
        OutsideNumber number = destinations.outsideNumber(tenantId, phone.sipUsername(), dialled, OutsideNumber.Source.API);
        return switch (number.verdict()) {
            case ALLOWED -> number.e164();
            case BARRED -> throw new ValidationException("destination", "is refused: " + number.reason());
            case NOT_A_NUMBER -> throw new ValidationException("destination", "is neither an extension of this tenant nor a"
                    + " valid phone number (" + number.reason() + "; a national number is read by the country of the user's"
                    + " department)");
        };
    }

    /**
     * Hangs up the user's current call on its own phone (issue 11, item 4): the PBX ends the phone's
     * channels and, with them, the other party's. Audited (R9).
     */
    public HungUpCall hangUp(String tenantId, String userId) {
        User user = users.get(tenantId, userId);
        CallDestination.Target phone = ownPhone(tenantId, user, "no call to hang up");
        int channels = pbx.hangUp(tenantId, phone.sipUsername());
        if (channels == 0) {
            throw new ConflictException(user.displayName() + "'s phone has no call to hang up");
        }
        db.inTransaction(() -> audit.record(AuditEvent.ofTenant(tenantId, "call.hung-up", "user:" + userId).about(userId)
                .with(Map.of("deviceId", phone.deviceId(), "channels", channels))));
        return new HungUpCall(userId, phone.deviceId(), channels);
    }

    /**
     * Transfer of the user's current call (issue 11, item 4) to an extension of the tenant, through
     * the tenant's dialplan, so the routing decides as for a call dialled there (a user's ring
     * plan, mobile included, or a queue). Blind: the other party goes at once and the phone is
     * free. Attended: the phone is connected to the destination first while the other party waits
     * with music; hanging up completes it, {@link #cancelTransfer} returns. Audited (R9).
     */
    public TransferredCall transfer(String tenantId, String userId, String destination, boolean attended) {
        String dialled = digits(destination);
        User user = users.get(tenantId, userId);
        CallDestination.Target phone = ownPhone(tenantId, user, "no call to transfer");
        if (!isExtension(tenantId, dialled)) {
            // The transferred party is routed like a call dialled there by it; for an outside caller the routing
            // never dials an outside number (toll fraud, docs/asterisk.md section 4).
            throw new ValidationException("destination", "must be an extension of this tenant: a transferred caller is routed"
                    + " as a call it dialled, and outside numbers are dialled only for the tenant's own phones");
        }
        if (attended) {
            pbx.attendedTransfer(tenantId, phone.sipUsername(), dialled);
        } else {
            pbx.blindTransfer(tenantId, phone.sipUsername(), dialled);
        }
        String mode = attended ? "ATTENDED" : "BLIND";
        db.inTransaction(() -> audit.record(AuditEvent.ofTenant(tenantId, "call.transferred", "user:" + userId).about(userId)
                .with(Map.of("deviceId", phone.deviceId(), "destination", "EXTENSION", "mode", mode))));
        return new TransferredCall(userId, phone.deviceId(), dialled, "EXTENSION", mode);
    }

    /** Ends the consultation of the user's attended transfer: the phone is back with the party that waited. Audited. */
    public void cancelTransfer(String tenantId, String userId) {
        User user = users.get(tenantId, userId);
        CallDestination.Target phone = ownPhone(tenantId, user, "no transfer to cancel");
        pbx.cancelAttendedTransfer(tenantId, phone.sipUsername());
        db.inTransaction(() -> audit.record(AuditEvent.ofTenant(tenantId, "call.transfer-cancelled", "user:" + userId)
                .about(userId).with(Map.of("deviceId", phone.deviceId()))));
    }

    /** The phone a user's call actions act on: its line's device, else its desk phone or softphone. */
    private CallDestination.Target ownPhone(String tenantId, User user, String otherwise) {
        return destinations.ownPhone(tenantId, user.id()).orElseThrow(() -> new ConflictException(
                user.displayName() + " has no phone, so " + otherwise));
    }

    /** Digits, with + first for an international number; separators people type are dropped. Anything else is refused. */
    static String digits(String destination) {
        if (destination == null || destination.isBlank()) {
            throw new ValidationException("destination", "is required: an extension or a phone number");
        }
        String stripped = destination.replaceAll("[\\s()./-]", "");
        if (!stripped.matches("\\+?[0-9]{2,20}")) {
            throw new ValidationException("destination", "must be an extension or a phone number: 2 to 20 digits, with +"
                    + " first for an international one");
        }
        return stripped;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindExtensionHolder(ExtensionHolder holder) {
        extensionHolders.add(holder);
    }

    void unbindExtensionHolder(ExtensionHolder holder) {
        extensionHolders.remove(holder);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindUsers(UserService service) {
        usersSlot.bind(service);
    }

    void unbindUsers(UserService service) {
        usersSlot.unbind(service);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindDestinations(CallDestinations service) {
        destinationsSlot.bind(service);
    }

    void unbindDestinations(CallDestinations service) {
        destinationsSlot.unbind(service);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindAudit(AuditLog service) {
        auditSlot.bind(service);
    }

    void unbindAudit(AuditLog service) {
        auditSlot.unbind(service);
    }
}
