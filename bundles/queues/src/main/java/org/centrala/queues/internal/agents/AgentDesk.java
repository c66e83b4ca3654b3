package org.centrala.queues.internal.agents;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.centrala.audit.AuditEvent;
import org.centrala.common.ConflictException;
import org.centrala.common.DomainException;
import org.centrala.common.Page;
import org.centrala.common.PageRequest;
import org.centrala.common.ValidationException;
import org.centrala.directory.CallDestination;
import org.centrala.directory.User;
import org.centrala.directory.UserType;
import org.centrala.pbx.PbxActions;
import org.centrala.queues.Agent;
import org.centrala.queues.AgentService;
import org.centrala.queues.AgentState;
import org.centrala.queues.AgentStateChange;
import org.centrala.queues.Queue;
import org.centrala.queues.QueueService;
import org.centrala.queues.internal.JdbcPauseReasons;
import org.centrala.queues.internal.TenantDirectory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Agents' own actions on the PBX (issue 11, item 3): log-in to the user's queues with its phone
 * (QueueAdd), pause with one of the tenant's reasons and resume (QueuePause), log-out
 * (QueueRemove). The PBX is asked first and the agent kept after, under the agent's lock, so the
 * PBX's report of the action finds it already kept. Each action is audited (R9).
 */
@Component(service = {AgentService.class, AgentDesk.class})
public class AgentDesk implements AgentService {
    private static final Logger LOG = LoggerFactory.getLogger(AgentDesk.class);

    private final AgentLedger ledger;
    private final QueueService queues;
    private final JdbcPauseReasons reasons;
    private final TenantDirectory directory;
    private final AgentReads reads;
    private final AgentPhones phones;
    private final PbxActions pbx;

    @Activate
    public AgentDesk(@Reference AgentLedger ledger, @Reference QueueService queues, @Reference JdbcPauseReasons reasons,
                     @Reference TenantDirectory directory, @Reference AgentReads reads, @Reference AgentPhones phones) {
        this.phones = phones;
        this.pbx = phones.pbx();
        this.ledger = ledger;
        this.queues = queues;
        this.reasons = reasons;
        this.directory = directory;
        this.reads = reads;
    }

    @Override
    public Agent logIn(String tenantId, String userId) {
        User user = directory.user(tenantId, userId);
        if (user.type() != UserType.CONTACT_CENTRE || user.leftAt() != null) {
            throw new ConflictException(user.displayName() + " is not a contact-centre user in service: only they log in to queues (R11)");
        }
        List<Queue> theirs = queues.queuesOf(tenantId, userId);
        if (theirs.isEmpty()) {
            throw new ConflictException(user.displayName() + " is a member of no queue; an administrator adds it to a queue first");
        }
        CallDestination.Target phone = phones.phoneOf(tenantId, userId, () -> user.displayName()
                + " has no phone for its queues: log in to a line first (R11), or be given a SIP desk phone or softphone");
        String memberInterface = "PJSIP/" + phone.sipUsername();
        ledger.userByInterface(memberInterface).filter(other -> !other.equals(userId) && ledger.row(other).isPresent()).ifPresent(other -> {
            throw new ConflictException("the phone " + phone.sipUsername() + " is another agent's in its queues: that agent logs out first");
        });
        ledger.locked(userId, () -> {
            Optional<AgentRow> before = ledger.row(userId);
            Map<String, String> was = before.map(row -> ledger.memberships(userId)).orElse(Map.of());
            boolean paused = before.map(AgentRow::paused).orElse(false);
            String reason = before.map(AgentRow::pauseReason).orElse(null);
            Map<String, String> now = new LinkedHashMap<>();
            List<String> added = new ArrayList<>();
            try {
                for (Queue queue : theirs) {
                    int penalty = queue.members().stream().filter(m -> m.userId().equals(userId)).findFirst().map(m -> m.penalty()).orElse(0);
                    pbx.queueAdd(tenantId, new PbxActions.QueueMembership(queue.pbxName(), memberInterface, memberInterface,
                            user.displayName(), penalty, paused, reason));
                    if (was.containsValue(queue.pbxName()) && before.get().memberInterface().equals(memberInterface)) {
                        // Already there ("Already there" kept its old penalty): the skill as the queue has it now.
                        pbx.queuePenalty(tenantId, queue.pbxName(), memberInterface, penalty);
                    }
                    added.add(queue.pbxName());
                    now.put(queue.id(), queue.pbxName());
                }
            } catch (DomainException e) {
                // All of its queues or none: the ones just added go again, the others stay as they were.
                String oldInterface = before.map(AgentRow::memberInterface).orElse(memberInterface);
                added.stream().filter(q -> !was.containsValue(q) || !oldInterface.equals(memberInterface))
                        .forEach(q -> removeQuietly(tenantId, q, memberInterface));
                throw e;
            }
            String oldInterface = before.map(AgentRow::memberInterface).orElse(memberInterface);
            was.values().stream().filter(q -> !now.containsValue(q) || !oldInterface.equals(memberInterface))
                    .forEach(q -> removeQuietly(tenantId, q, oldInterface));
            Instant at = ledger.now();
            // loggedInAt is this log-in's: the PBX's reports of an earlier membership are older.
            AgentRow row = before.map(r -> new AgentRow(userId, tenantId, user.departmentId(), memberInterface, r.paused(), r.pauseReason(),
                            r.pauseAt(), r.phone(), r.phoneAt(), r.wrapUpUntil(), r.state(), r.since(), at))
                    .orElse(new AgentRow(userId, tenantId, user.departmentId(), memberInterface, false, null, at, PhoneState.IDLE, null,
                            null, AgentState.LOGGED_OUT, at, at));
            ledger.save(tenantId, userId, user.departmentId(), row, now, "LOG_IN", AuditEvent.ofTenant(tenantId, "agent.logged-in",
                    "user:" + userId).about(userId).with(Map.of("queues", String.join(",", now.values()), "deviceId", phone.deviceId())));
            return null;
        });
        return get(tenantId, userId);
    }

    @Override
    public Agent pause(String tenantId, String userId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ValidationException("reason", "is required: one of the tenant's pause reasons");
        }
        String known = reasons.find(tenantId, reason).orElseThrow(() -> new ValidationException("reason",
                "must be one of the tenant's pause reasons: " + String.join(", ", reasons.list(tenantId))));
        User user = directory.user(tenantId, userId);
        ledger.locked(userId, () -> {
            AgentRow row = loggedIn(user);
            ledger.memberships(userId).values().forEach(q -> pbx.queuePause(tenantId, q, row.memberInterface(), true, known));
            ledger.save(tenantId, userId, row.departmentId(), row.withPause(true, known, ledger.now()), null, "PAUSE",
                    AuditEvent.ofTenant(tenantId, "agent.paused", "user:" + userId).about(userId).with(Map.of("reason", known)));
            return null;
        });
        return get(tenantId, userId);
    }

    @Override
    public Agent resume(String tenantId, String userId) {
        User user = directory.user(tenantId, userId);
        ledger.locked(userId, () -> {
            AgentRow row = loggedIn(user);
            if (!row.paused()) {
                return null;
            }
            ledger.memberships(userId).values().forEach(q -> pbx.queuePause(tenantId, q, row.memberInterface(), false, null));
            ledger.save(tenantId, userId, row.departmentId(), row.withPause(false, null, ledger.now()), null, "RESUME",
                    AuditEvent.ofTenant(tenantId, "agent.resumed", "user:" + userId).about(userId));
            return null;
        });
        return get(tenantId, userId);
    }

    @Override
    public Agent logOut(String tenantId, String userId, String cause) {
        directory.user(tenantId, userId);
        String why = cause == null ? "LOG_OUT" : cause;
        ledger.locked(userId, () -> {
            Optional<AgentRow> row = ledger.row(userId);
            if (row.isEmpty()) {
                return null;
            }
            for (String queue : ledger.memberships(userId).values()) {
                if ("LOG_OUT".equals(why)) {
                    pbx.queueRemove(tenantId, queue, row.get().memberInterface());
                } else {
                    removeQuietly(tenantId, queue, row.get().memberInterface());
                }
            }
            ledger.save(tenantId, userId, row.get().departmentId(), null, null, why, AuditEvent.ofTenant(tenantId, "agent.logged-out",
                    "user:" + userId).about(userId).with(Map.of("cause", why)));
            return null;
        });
        return get(tenantId, userId);
    }

    @Override
    public Agent get(String tenantId, String userId) {
        return reads.agent(tenantId, directory.user(tenantId, userId));
    }

    @Override
    public Page<Agent> list(String tenantId, Set<String> departmentIds, PageRequest request) {
        directory.context(tenantId);
        return reads.list(tenantId, departmentIds, request);
    }

    @Override
    public Page<AgentStateChange> history(String tenantId, String userId, Instant from, Instant to, PageRequest request) {
        directory.user(tenantId, userId);
        return reads.history(tenantId, userId, from, to, request);
    }

    private AgentRow loggedIn(User user) {
        return ledger.row(user.id()).orElseThrow(() -> new ConflictException(user.displayName() + " is not logged in to its queues"));
    }

    /** Leaving a line, or undoing half a log-in: the PBX may be away; the member then stays there until it is back. */
    private void removeQuietly(String tenantId, String queue, String memberInterface) {
        try {
            pbx.queueRemove(tenantId, queue, memberInterface);
        } catch (DomainException e) {
            LOG.info("{} stays a member of queue {} on the tenant's PBX: {}", memberInterface, queue, e.getMessage());
        }
    }
}
