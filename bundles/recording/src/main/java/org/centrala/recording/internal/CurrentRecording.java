package org.centrala.recording.internal;

import java.util.List;
import java.util.Map;

import org.centrala.audit.AuditEvent;
import java.util.function.Predicate;

import org.centrala.common.ConflictException;
import org.centrala.common.NotFoundException;
import org.centrala.common.ServiceSlot;
import org.centrala.directory.CallDestination;
import org.centrala.directory.CallDestinations;
import org.centrala.directory.User;
import org.centrala.directory.UserService;
import org.centrala.pbx.PbxActions;
import org.centrala.recording.RecordingPolicy;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The recording of a user's current call (issue 12): started on demand, paused while a card
 * number is read out and resumed, on the user's own phone through the PBX (MixMonitor,
 * MixMonitorMute); each action audited (R9). The pause is in the recording's metadata when the
 * call ends, from the PBX's own report of it.
 */
@Component(service = CurrentRecording.class)
public class CurrentRecording {
    private final ServiceSlot<UserService> usersSlot = new ServiceSlot<>("The directory");
    private final UserService users = usersSlot.proxy(UserService.class);
    private final ServiceSlot<CallDestinations> destinationsSlot = new ServiceSlot<>("The directory");
    private final CallDestinations destinations = destinationsSlot.proxy(CallDestinations.class);
    private final RecordingSchema schema;
    private final RecordingSettingsService settings;
    private final PbxActions pbx;

    @Activate
    public CurrentRecording(@Reference RecordingSchema schema, @Reference RecordingSettingsService settings,
                            @Reference PbxActions pbx) {
        this.schema = schema;
        this.settings = settings;
        this.pbx = pbx;
    }

    /**
     * Starts recording the call on the user's phone, unless its policy is NONE.
     *
     * @param visible whether the caller may see that user (R18); a user it may not is a 404
     */
    public RecordingControl start(String tenantId, String userId, Predicate<User> visible) {
        User user = user(tenantId, userId, visible);
        RecordingPolicy policy = settings.forUser(tenantId, userId);
        if (!policy.allowsOnDemand()) {
            throw new ConflictException(user.displayName() + "'s calls are never recorded (recording policy NONE); change the"
                    + " user's or the tenant's recording policy first");
        }
        CallDestination.Target phone = ownPhone(tenantId, user);
        String file = pbx.startRecording(tenantId, phone.sipUsername(), uniqueId -> settings.fileFor(tenantId, uniqueId));
        audit(tenantId, userId, "recording.started", Map.of("deviceId", phone.deviceId(), "onDemand", true));
        return new RecordingControl(userId, phone.deviceId(), "RECORDING", List.of(file));
    }

    /** Pauses ({@code paused}) or resumes the recording of the call on the user's phone. */
    public RecordingControl pause(String tenantId, String userId, boolean paused, Predicate<User> visible) {
        User user = user(tenantId, userId, visible);
        CallDestination.Target phone = ownPhone(tenantId, user);
        List<String> files = pbx.muteRecording(tenantId, phone.sipUsername(), paused);
        audit(tenantId, userId, paused ? "recording.paused" : "recording.resumed",
                Map.of("deviceId", phone.deviceId(), "recordings", files.size()));
        return new RecordingControl(userId, phone.deviceId(), paused ? "PAUSED" : "RECORDING", files);
    }

    private User user(String tenantId, String userId, Predicate<User> visible) {
        User user = users.get(tenantId, userId);
        if (!visible.test(user)) {
            throw new NotFoundException("User", userId);
        }
        return user;
    }

    private CallDestination.Target ownPhone(String tenantId, User user) {
        return destinations.ownPhone(tenantId, user.id()).orElseThrow(() -> new ConflictException(user.displayName()
                + " has no phone, so no call to record"));
    }

    private void audit(String tenantId, String userId, String action, Map<String, Object> details) {
        schema.database().inTransaction(() -> {
            schema.audit().record(AuditEvent.ofTenant(tenantId, action, "user:" + userId).about(userId).with(details));
            return null;
        });
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
}
