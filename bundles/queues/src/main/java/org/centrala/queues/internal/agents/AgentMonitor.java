package org.centrala.queues.internal.agents;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.centrala.audit.AuditEvent;
import org.centrala.common.ConflictException;
import org.centrala.common.ServiceSlot;
import org.centrala.common.ValidationException;
import org.centrala.directory.CallDestination;
import org.centrala.directory.CallDestinations;
import org.centrala.directory.User;
import org.centrala.pbx.PbxActions;
import org.centrala.queues.AgentState;
import org.centrala.queues.MonitorMode;
import org.centrala.queues.Monitoring;
import org.centrala.queues.internal.QueuesSchema;
import org.centrala.queues.internal.TenantDirectory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * A supervisor listens to, whispers to or barges into an agent's call (issue 11, item 5): the PBX
 * rings the supervisor's own phone and connects it with ChanSpy to the agent's phone. Who may is the
 * caller's business (R18: supervisors of the agent's department); this checks that there is a call
 * to join and a phone to join it with, and audits it (R9).
 */
@Component(service = AgentMonitor.class)
public class AgentMonitor {
    private static final Set<String> UNREACHABLE = Set.of("UNAVAILABLE", "INVALID", "UNKNOWN");

    private final AgentLedger ledger;
    private final TenantDirectory directory;
    private final QueuesSchema schema;
    private final ServiceSlot<PbxActions> pbxSlot = new ServiceSlot<>("The PBX link");
    private final PbxActions pbx = pbxSlot.proxy(PbxActions.class);
    private final ServiceSlot<CallDestinations> destinationsSlot = new ServiceSlot<>("The directory");
    private final CallDestinations destinations = destinationsSlot.proxy(CallDestinations.class);

    @Activate
    public AgentMonitor(@Reference AgentLedger ledger, @Reference TenantDirectory directory, @Reference QueuesSchema schema) {
        this.ledger = ledger;
        this.directory = directory;
        this.schema = schema;
    }

    public Monitoring monitor(String tenantId, String agentId, String supervisorId, MonitorMode mode) {
        if (mode == null) {
            throw new ValidationException("mode", "is required: LISTEN, WHISPER or BARGE");
        }
        User agent = directory.user(tenantId, agentId);
        User supervisor = directory.user(tenantId, supervisorId);
        if (agentId.equals(supervisorId)) {
            throw new ConflictException("a supervisor does not listen to its own calls");
        }
        AgentRow row = ledger.row(agentId).filter(r -> r.state() == AgentState.ON_CALL)
                .orElseThrow(() -> new ConflictException(agent.displayName() + " is not on a call: there is nothing to listen to"));
        CallDestination.Target phone = destinations.ownPhone(tenantId, supervisorId).orElseThrow(() -> new ConflictException(
                supervisor.displayName() + " has no phone to listen with: a SIP desk phone or softphone of its own, or a line (R11)"));
        String endpoint = "PJSIP/" + phone.sipUsername();
        Optional<String> state = pbx.deviceState(tenantId, endpoint);
        if (state.isEmpty() || UNREACHABLE.contains(state.get())) {
            throw new ConflictException("the phone " + phone.sipUsername() + " is not registered on the PBX (" + state.orElse("never seen")
                    + "); it must be registered to ring");
        }
        String callId = "centrala-monitor-" + UUID.randomUUID();
        pbx.spy(tenantId, new PbxActions.Spy(endpoint, row.memberInterface(), PbxActions.SpyMode.valueOf(mode.name()),
                "Monitor " + agent.displayName(), callId));
        // R9: who listened to whom, how; the agent's call itself stays in its record.
        schema.database().inTransaction(() -> {
            schema.audit().record(AuditEvent.ofTenant(tenantId, "agent.monitored", "user:" + agentId).about(agentId)
                    .with(Map.of("mode", mode.name(), "supervisor", supervisorId, "pbxCallId", callId)));
            return null;
        });
        return new Monitoring(callId, mode, agentId, supervisorId);
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
