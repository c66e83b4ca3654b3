package org.centrala.queues.internal.agents;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.centrala.audit.AuditEvent;
import org.centrala.pbx.QueueTopics;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Agents' states as Asterisk reports them (issue 11, item 3): the PBX's queue events for a
 * logged-in agent's interface change what its phone is doing (ringing, on call), its pause (made on
 * the phone or elsewhere) and its queues; a queue call's end starts the queue's wrap-up time.
 * EventAdmin's thread only hands the event over: the work runs on a thread of its own, in arrival
 * order. Events of one call and of one device come in order, but not across them, so each report is
 * applied only if it is not older than what the agent's phone or pause last changed by.
 */
@Component(service = EventHandler.class, property = EventConstants.EVENT_TOPIC + "=" + QueueTopics.ALL)
public class AgentStateTracker implements EventHandler {
    /** How soon a wrap-up timer that fired before the wrap-up's end looks again, at most. */
    private static final Duration LOOK_AGAIN = Duration.ofSeconds(1);
    private static final Logger LOG = LoggerFactory.getLogger(AgentStateTracker.class);

    private static final long RETRY_MILLIS = 20;

    private final AgentLedger ledger;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "centrala-agent-states"));
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "centrala-agent-wrap-up"));

    @Activate
    public AgentStateTracker(@Reference AgentLedger ledger) {
        this.ledger = ledger;
        // Wrap-ups that ran while the node was down end now; the others at their time.
        worker.execute(() -> ledger.wrappingUp().forEach(row -> scheduleWrapUpEnd(row.userId(), row.wrapUpUntil())));
    }

    @Deactivate
    void deactivate() {
        timers.shutdownNow();
        worker.shutdownNow();
    }

    @Override
    public void handleEvent(Event event) {
        worker.execute(() -> handle(event));
    }

    private void handle(Event event) {
        try {
            if (!apply(event)) {
                // The agent's own action holds it while the PBX answers: come back to this report
                // instead of holding up every other agent's (its order is kept by its time).
                timers.schedule(() -> worker.execute(() -> handle(event)), RETRY_MILLIS, TimeUnit.MILLISECONDS);
            }
        } catch (RuntimeException e) {
            // The database away: this report is lost, the next one of the agent's phone corrects it.
            LOG.warn("Agent state not updated from {} of {}: {}", event.getTopic(), event.getProperty(QueueTopics.INTERFACE), e.toString());
        }
    }

    /** @return false when the agent is busy with an action of its own: try again later */
    boolean apply(Event event) {
        if (QueueTopics.SNAPSHOT.equals(event.getTopic())) {
            snapshot(event);
            return true;
        }
        String memberInterface = (String) event.getProperty(QueueTopics.INTERFACE);
        Optional<String> user = memberInterface == null ? Optional.empty() : ledger.userByInterface(memberInterface);
        if (user.isEmpty()) {
            return true; // a static member, or one that Centrala did not log in
        }
        Instant at = Instant.ofEpochMilli((Long) event.getProperty(QueueTopics.AT));
        String queue = (String) event.getProperty(QueueTopics.QUEUE);
        return ledger.lockedIfFree(user.get(), () -> ledger.row(user.get())
                // Under the lock: the agent may have logged out, or in again with another phone, meanwhile.
                .filter(row -> row.memberInterface().equals(memberInterface))
                .ifPresent(row -> applyTo(row, event.getTopic(), queue, at, event)));
    }

    /**
     * After a (re)connect the PBX lists its queues' members: an agent of a tenant on that PBX that
     * is no longer in one of the listed queues was removed while the link was away (the console,
     * an Asterisk restart without persistent members); it is out of that queue, out of the last
     * one logged out. Agents who acted since the list was asked for are left alone.
     */
    private void snapshot(Event event) {
        java.util.Set<String> queues = java.util.Set.of((String[]) event.getProperty(QueueTopics.QUEUES));
        java.util.Set<String> members = java.util.Set.of((String[]) event.getProperty(QueueTopics.MEMBERS));
        java.util.Set<String> tenants = java.util.Set.of((String[]) event.getProperty(QueueTopics.TENANT_IDS));
        Instant asked = Instant.ofEpochMilli((Long) event.getProperty(QueueTopics.AT));
        ledger.membershipsOf(tenants).forEach((userId, theirs) -> ledger.locked(userId, () -> {
            ledger.row(userId).filter(row -> row.loggedInAt().isBefore(asked) && (row.pauseAt() == null || row.pauseAt().isBefore(asked)))
                    .ifPresent(row -> theirs.stream().filter(queues::contains)
                            .filter(queue -> !members.contains(queue + "|" + row.memberInterface()))
                            .forEach(queue -> ledger.row(userId).ifPresent(now -> removed(now, queue, "QueueStatus"))));
            return null;
        }));
    }

    private void applyTo(AgentRow row, String topic, String queue, Instant at, Event event) {
        switch (topic) {
            case QueueTopics.MEMBER_PAUSE -> pause(row, at, Boolean.TRUE.equals(event.getProperty(QueueTopics.PAUSED)),
                    (String) event.getProperty(QueueTopics.REASON));
            case QueueTopics.MEMBER_REMOVED -> {
                // Not the removal of an earlier session's membership (a log-out, then a log-in at once).
                if (!at.isBefore(row.loggedInAt())) {
                    removed(row, queue, "QueueMemberRemoved");
                }
            }
            case QueueTopics.MEMBER_STATUS -> {
                Object status = event.getProperty(QueueTopics.STATUS);
                if (status instanceof Integer number) {
                    phone(row, at, PhoneState.ofDeviceStatus(number), row.wrapUpUntil(), "QueueMemberStatus");
                }
            }
            case QueueTopics.AGENT_CALLED -> phone(row, at, PhoneState.RINGING, row.wrapUpUntil(), "AgentCalled");
            case QueueTopics.AGENT_RING_NO_ANSWER -> phone(row, at, PhoneState.IDLE, row.wrapUpUntil(), "AgentRingNoAnswer");
            case QueueTopics.AGENT_CONNECT -> phone(row, at, PhoneState.ON_CALL, null, "AgentConnect");
            case QueueTopics.AGENT_COMPLETE -> {
                int seconds = ledger.wrapUpSeconds(row.userId(), queue);
                Instant until = seconds > 0 ? at.plusSeconds(seconds) : null;
                if (row.phoneAt() != null && at.isBefore(row.phoneAt())) {
                    // The phone's own report (idle) came first from its lane: the wrap-up still starts,
                    // unless a later call is already on the phone.
                    if (until != null && row.phone() != PhoneState.ON_CALL) {
                        ledger.save(row.tenantId(), row.userId(), row.departmentId(), row.withPhone(row.phone(), row.phoneAt(), until),
                                null, "AgentComplete", null);
                        scheduleWrapUpEnd(row.userId(), until);
                    }
                } else {
                    phone(row, at, PhoneState.IDLE, until, "AgentComplete");
                    if (until != null) {
                        scheduleWrapUpEnd(row.userId(), until);
                    }
                }
            }
            default -> {
                // QueueMemberAdded: Centrala's own log-in, kept already.
            }
        }
    }

    private void pause(AgentRow row, Instant at, boolean paused, String given) {
        // A reason set on the PBX may be longer than the tenant's own (40 characters).
        String reason = given != null && given.length() > 40 ? given.substring(0, 40) : given;
        if (row.pauseAt() != null && at.isBefore(row.pauseAt()) || paused == row.paused() && (!paused || Objects.equals(reason, row.pauseReason()))) {
            return;
        }
        ledger.save(row.tenantId(), row.userId(), row.departmentId(), row.withPause(paused, reason, at), null, "QueueMemberPause",
                AuditEvent.ofTenant(row.tenantId(), paused ? "agent.paused" : "agent.resumed", "user:" + row.userId()).about(row.userId())
                        .with(paused && reason != null ? Map.of("reason", reason, "on", "PBX") : Map.of("on", "PBX")));
    }

    /** Removed on the PBX (its console, another tool): out of that queue; out of the last, logged out. */
    private void removed(AgentRow row, String queue, String cause) {
        Map<String, String> memberships = new java.util.HashMap<>(ledger.memberships(row.userId()));
        if (!memberships.values().remove(queue)) {
            return;
        }
        if (memberships.isEmpty()) {
            ledger.save(row.tenantId(), row.userId(), row.departmentId(), null, null, cause, AuditEvent.ofTenant(
                    row.tenantId(), "agent.logged-out", "user:" + row.userId()).about(row.userId()).with(Map.of("cause", cause)));
        } else {
            ledger.save(row.tenantId(), row.userId(), row.departmentId(), row, memberships, cause, null);
        }
    }

    private void phone(AgentRow row, Instant at, PhoneState phone, Instant wrapUpUntil, String cause) {
        if (row.phoneAt() != null && at.isBefore(row.phoneAt())) {
            return; // an older report than the one the phone's state came from
        }
        if (phone == row.phone() && Objects.equals(wrapUpUntil, row.wrapUpUntil())) {
            return;
        }
        ledger.save(row.tenantId(), row.userId(), row.departmentId(), row.withPhone(phone, at, wrapUpUntil), null, cause, null);
    }

    private void scheduleWrapUpEnd(String userId, Instant until) {
        endWrapUpIn(userId, Duration.between(ledger.now(), until));
    }

    private void endWrapUpIn(String userId, Duration delay) {
        timers.schedule(() -> worker.execute(() -> endWrapUp(userId)), Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS);
    }

    /**
     * Ends the agent's wrap-up once the node's clock has reached its end. The timer counts on a clock
     * of its own and can fire a little before that: it then looks again, within a second, rather
     * than leave the agent wrapping up until the next event of its phone.
     */
    void endWrapUp(String userId) {
        try {
            ledger.locked(userId, () -> {
                ledger.row(userId).filter(row -> row.wrapUpUntil() != null).ifPresent(row -> {
                    Duration left = Duration.between(ledger.now(), row.wrapUpUntil());
                    if (left.isNegative() || left.isZero()) {
                        ledger.save(row.tenantId(), userId, row.departmentId(), row.withPhone(row.phone(), row.phoneAt(), null),
                                null, "WRAP_UP_OVER", null);
                    } else {
                        endWrapUpIn(userId, left.compareTo(LOOK_AGAIN) < 0 ? left : LOOK_AGAIN);
                    }
                });
                return null;
            });
        } catch (RuntimeException e) {
            LOG.warn("Wrap-up of agent {} not ended: {}", userId, e.toString());
        }
    }
}
