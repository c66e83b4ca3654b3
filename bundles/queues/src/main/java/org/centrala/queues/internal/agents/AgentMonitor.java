package org.centrala.queues.internal.agents;

import java.util.Map;
import java.util.UUID;

import org.centrala.audit.AuditEvent;
import org.centrala.common.ConflictException;
import org.centrala.common.ValidationException;
import org.centrala.directory.CallDestination;
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

/**
 * A supervisor listens to, whispers to or barges into an agent's call (issue 11, item 5): the PBX
 * rings the supervisor's own phone and connects it with ChanSpy to the agent's phone. Who may is the
 * caller's business (R18: supervisors of the agent's department); this checks that there is a call
 * to join and a phone to join it with, and audits it (R9).
 */
@Component(service = AgentMonitor.class)
public class AgentMonitor {
    private final AgentLedger ledger;
    private final TenantDirectory directory;
    private final QueuesSchema schema;
    private final AgentPhones phones;

    @Activate
    public AgentMonitor(@Reference AgentLedger ledger, @Reference TenantDirectory directory, @Reference QueuesSchema schema,
                        @Reference AgentPhones phones) {
        this.ledger = ledger;
        this.directory = directory;
        this.schema = schema;
        this.phones = phones;
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
        CallDestination.Target phone = phones.phoneOf(tenantId, supervisorId, () -> supervisor.displayName()
                + " has no phone to listen with: a SIP desk phone or softphone of its own, or a line (R11)");
        phones.pbx().requireRegistered(tenantId, phone.sipUsername());
        String callId = "centrala-monitor-" + UUID.randomUUID();
        phones.pbx().spy(tenantId, new PbxActions.Spy("PJSIP/" + phone.sipUsername(), row.memberInterface(), PbxActions.SpyMode.valueOf(mode.name()),
                "Monitor " + agent.displayName(), callId));
        // R9: who listened to whom, how; the agent's call itself stays in its record.
        schema.database().inTransaction(() -> {
            schema.audit().record(AuditEvent.ofTenant(tenantId, "agent.monitored", "user:" + agentId).about(agentId)
                    .with(Map.of("mode", mode.name(), "supervisor", supervisorId, "pbxCallId", callId)));
            return null;
        });
        return new Monitoring(callId, mode, agentId, supervisorId);
    }
}
