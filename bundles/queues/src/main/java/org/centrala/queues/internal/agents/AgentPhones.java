package org.centrala.queues.internal.agents;

import java.util.function.Supplier;

import org.centrala.common.ConflictException;
import org.centrala.common.ServiceSlot;
import org.centrala.directory.CallDestination;
import org.centrala.directory.CallDestinations;
import org.centrala.pbx.PbxActions;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The PBX and the phones of agents and supervisors, as the queues bundle reaches them: bound
 * dynamically, so that updating the PBX link or the directory does not stop queues (a call waits
 * for the service instead).
 */
@Component(service = AgentPhones.class)
public class AgentPhones {
    private final ServiceSlot<PbxActions> pbxSlot = new ServiceSlot<>("The PBX link");
    private final PbxActions pbx = pbxSlot.proxy(PbxActions.class);
    private final ServiceSlot<CallDestinations> destinationsSlot = new ServiceSlot<>("The directory");
    private final CallDestinations destinations = destinationsSlot.proxy(CallDestinations.class);

    PbxActions pbx() {
        return pbx;
    }

    /** The user's phone: the line it holds (R11), else its own SIP desk phone or softphone; the conflict otherwise. */
    CallDestination.Target phoneOf(String tenantId, String userId, Supplier<String> lacking) {
        return destinations.ownPhone(tenantId, userId).orElseThrow(() -> new ConflictException(lacking.get()));
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindPbx(PbxActions service) {
        pbxSlot.bind(service);
    }

    void unbindPbx(PbxActions service) {
        pbxSlot.unbind(service);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindDestinations(CallDestinations service) {
        destinationsSlot.bind(service);
    }

    void unbindDestinations(CallDestinations service) {
        destinationsSlot.unbind(service);
    }
}
