package org.centrala.routing.internal.calls;

import java.util.List;
import java.util.Optional;

import org.centrala.common.ServiceSlot;
import org.centrala.directory.CallDestination;
import org.centrala.directory.CallDestinations;
import org.centrala.directory.User;
import org.centrala.directory.UserService;
import org.centrala.pbx.PbxLinks;
import org.centrala.pbx.PhoneCall;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The calls on a user's own phone now (issue 11, the agent's desk): what the PBX link's live
 * events left, never an action sent to the PBX; the other party named from the directory when
 * it is one of the tenant's extensions and the PBX sent no name.
 */
@Component(service = CurrentCalls.class)
public class CurrentCalls {
    private final ServiceSlot<UserService> usersSlot = new ServiceSlot<>("The directory");
    private final ServiceSlot<CallDestinations> destinationsSlot = new ServiceSlot<>("The directory");
    private final ServiceSlot<PbxLinks> linksSlot = new ServiceSlot<>("The PBX link");

    public UserCalls of(String tenantId, String userId) {
        User user = usersSlot.get().get(tenantId, userId);
        CallDestinations destinations = destinationsSlot.get();
        Optional<CallDestination.Target> phone = destinations.ownPhone(tenantId, user.id());
        if (phone.isEmpty()) {
            return new UserCalls(user.id(), null, null, List.of());
        }
        List<PhoneCall> calls = linksSlot.get().phoneCalls(tenantId, phone.get().sipUsername()).stream()
                .map(call -> named(tenantId, call, destinations)).toList();
        return new UserCalls(user.id(), phone.get().deviceId(), phone.get().sipUsername(), calls);
    }

    private static PhoneCall named(String tenantId, PhoneCall call, CallDestinations destinations) {
        if (call.otherName() != null || call.otherNumber() == null || !call.otherNumber().matches("[1-9][0-9]{1,7}")) {
            return call;
        }
        return destinations.byExtension(tenantId, call.otherNumber())
                .map(user -> new PhoneCall(call.pbxCallId(), call.channel(), call.state(), call.outgoing(), call.otherNumber(),
                        user.displayName(), call.startedAt(), call.connectedAt()))
                .orElse(call);
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
    void bindLinks(PbxLinks service) {
        linksSlot.bind(service);
    }

    void unbindLinks(PbxLinks service) {
        linksSlot.unbind(service);
    }
}
