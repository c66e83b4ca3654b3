package org.centrala.routing.internal.calls;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import org.centrala.audit.AuditEvent;
import org.centrala.audit.AuditLog;
import org.centrala.common.ConflictException;
import org.centrala.common.ServiceSlot;
import org.centrala.common.ValidationException;
import org.centrala.directory.CallDestination;
import org.centrala.directory.CallDestinations;
import org.centrala.directory.User;
import org.centrala.directory.UserService;
import org.centrala.pbx.PbxActions;
import org.centrala.persistence.Database;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Click-to-call (issue 11): the PBX rings the user's own phone and, once it answers, dials the
 * destination through the tenant's dialplan (so the routing decides, as for a call dialled on the
 * phone). Only a validated extension or phone number reaches the PBX; the call is rate-limited per
 * user and audited (R9).
 */
@Component(service = ClickToCall.class, configurationPid = "org.centrala.routing")
@Designate(ocd = ClickToCall.Config.class)
public class ClickToCall {
    /** How long the user's own phone rings before the PBX gives up. */
    static final int OWN_PHONE_RING_SECONDS = 30;
    /** Device states in which a phone cannot be rung (Asterisk's names). */

    @ObjectClassDefinition(name = "Centrala routing and click-to-call")
    public @interface Config {
        @AttributeDefinition(description = "Calls a user may place through the API in one minute")
        int callsPerMinute() default 10;
    }

    private final ServiceSlot<UserService> usersSlot = new ServiceSlot<>("The directory");
    private final UserService users = usersSlot.proxy(UserService.class);
    private final ServiceSlot<CallDestinations> destinationsSlot = new ServiceSlot<>("The directory");
    private final CallDestinations destinations = destinationsSlot.proxy(CallDestinations.class);
    private final ServiceSlot<AuditLog> auditSlot = new ServiceSlot<>("The audit log");
    private final AuditLog audit = auditSlot.proxy(AuditLog.class);
    private final PbxActions pbx;
    private final Database db;
    private final CallRate rate;

    @Activate
    public ClickToCall(@Reference PbxActions pbx, @Reference Database db, Config config) {
        this.pbx = pbx;
        this.db = db;
        this.rate = new CallRate(Clock.systemUTC(), config.callsPerMinute());
    }

    @Modified
    void modified(Config config) {
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
        boolean extension = destinations.byExtension(tenantId, dialled).isPresent();
        String exten = extension ? dialled : destinations.outsideNumber(tenantId, phone.sipUsername(), dialled)
                .orElseThrow(() -> new ValidationException("destination", "is neither an extension of this tenant nor a"
                        + " valid phone number (a national number is read by the country of the user's department)"));
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
     * Blind transfer of the user's current call (issue 11, item 4): the other party is sent to an
     * extension of the tenant through the tenant's dialplan, so the routing decides as for a call
     * dialled there (a user's ring plan, mobile included); the user's phone is free at once. Audited (R9).
     */
    public TransferredCall transfer(String tenantId, String userId, String destination) {
        String dialled = digits(destination);
        User user = users.get(tenantId, userId);
        CallDestination.Target phone = ownPhone(tenantId, user, "no call to transfer");
        if (destinations.byExtension(tenantId, dialled).isEmpty()) {
            // The transferred party is routed like a call dialled there by it; for an outside caller the routing
            // never dials an outside number (toll fraud, docs/asterisk.md section 4).
            throw new ValidationException("destination", "must be an extension of this tenant: a transferred caller is routed"
                    + " as a call it dialled, and outside numbers are dialled only for the tenant's own phones");
        }
        String exten = dialled;
        pbx.blindTransfer(tenantId, phone.sipUsername(), exten);
        String kind = "EXTENSION";
        db.inTransaction(() -> audit.record(AuditEvent.ofTenant(tenantId, "call.transferred", "user:" + userId).about(userId)
                .with(Map.of("deviceId", phone.deviceId(), "destination", kind))));
        return new TransferredCall(userId, phone.deviceId(), exten, kind);
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
