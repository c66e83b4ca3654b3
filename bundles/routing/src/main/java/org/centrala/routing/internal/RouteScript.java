package org.centrala.routing.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiException;
import org.asteriskjava.fastagi.AgiHangupException;
import org.asteriskjava.fastagi.AgiRequest;
import org.asteriskjava.fastagi.AgiScript;
import org.centrala.common.ServiceSlot;
import org.centrala.directory.CallDestinations;
import org.centrala.directory.CallPartyResolver;
import org.centrala.pbx.FastAgi;
import org.centrala.routing.internal.Route.DialStep;
import org.centrala.queues.QueueService;
import org.centrala.recording.RecordingPolicies;
import org.centrala.recording.RoutedCall;
import org.centrala.tenancy.PbxAccounts;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code route} FastAGI script (issue 11): {@code AGI(agi://<node>:4573/route)} in a
 * tenant's context. It decides where the call goes and dials it: each step of the user's plan
 * rings for its time, the next one only if nobody answered; a call that reaches no one is refused
 * in words the caller understands. The decision and its outcome are kept when the call ends.
 */
@Component(service = AgiScript.class, property = FastAgi.SCRIPT + "=route", configurationPid = RoutingConfig.PID)
@Designate(ocd = RoutingConfig.class)
public class RouteScript implements AgiScript {
    private static final Logger LOG = LoggerFactory.getLogger(RouteScript.class);
    /** What the dialplan (and a CDR with it) can read afterwards: the outcome, e.g. ANSWERED. */
    static final String ROUTE_VARIABLE = "CENTRALA_ROUTE";
    /** Asterisk's stock announcement "the number you have dialled is not in service". */
    static final String NOT_IN_SERVICE = "ss-noservice";
    /** Asterisk's stock "that call cannot be completed as dialled": a number the dialling rules bar. */
    static final String CANNOT_COMPLETE = "cannot-complete-as-dialed";
    /** Asterisk's stock "nobody is available to take your call": a queue that found no agent in time. */
    static final String NOBODY_AVAILABLE = "vm-nobodyavail";

    private final ServiceSlot<PbxAccounts> accountsSlot = new ServiceSlot<>("Tenancy");
    private final ServiceSlot<CallDestinations> destinationsSlot = new ServiceSlot<>("The directory");
    private final ServiceSlot<CallPartyResolver> devicesSlot = new ServiceSlot<>("The directory");
    /** Queues are a concern of their own, perhaps not installed: without it no extension is a queue. */
    private final ServiceSlot<QueueService> queuesSlot = new ServiceSlot<>("Queues");
    private final RoutePlanner planner = new RoutePlanner(accountsSlot.proxy(PbxAccounts.class),
            destinationsSlot.proxy(CallDestinations.class), devicesSlot.proxy(CallPartyResolver.class), this::queueByExtension);
    /**
     * Recording is a concern of its own, perhaps not installed: then no call is recorded. Once it was
     * there, a call routed while it is being updated waits a moment for it, so its policy still applies.
     */
    private final ServiceSlot<RecordingPolicies> recordingSlot = new ServiceSlot<>("Recording", Duration.ofSeconds(3));
    private volatile boolean recordingInstalled;
    private final RoutingDecisions decisions;
    private final Clock clock = Clock.systemUTC();
    private volatile boolean stopping;
    private volatile int queueWaitSeconds;

    @Activate
    public RouteScript(@Reference RoutingDecisions decisions, RoutingConfig config) {
        this.decisions = decisions;
        modified(config);
    }

    @Modified
    void modified(RoutingConfig config) {
        queueWaitSeconds = Math.max(10, config.queueWaitSeconds());
    }

    private Optional<Route.QueueTarget> queueByExtension(String tenantId, String extension) {
        return queuesSlot.now().flatMap(queues -> queues.byExtension(tenantId, extension))
                .map(queue -> new Route.QueueTarget(queue.id(), queue.name(), queue.pbxName(), queue.departmentId()));
    }

    @Override
    public void service(AgiRequest request, AgiChannel channel) {
        Instant decidedAt = clock.instant();
        CallIn call = new CallIn(request.getContext(), request.getExtension(), request.getCallerIdNumber(),
                request.getChannel(), callId(request, channel), request.getRemoteAddress());
        Route route;
        try {
            route = planner.plan(call);
        } catch (RuntimeException e) {
            // The directory or the database is away (being updated, restarting): the caller hears congestion.
            LOG.warn("Call {} on {} to '{}' could not be routed now: {}", call.pbxCallId(), call.channel(), call.dialled(),
                    e.toString());
            congestion(channel);
            return;
        }
        String decision = keep(call, route, decidedAt);
        Outcome outcome = new Outcome(RoutingDecision.Outcome.REJECTED, null);
        try {
            if (!route.isRejected()) {
                recordIfWanted(call, route, request.getUniqueId(), channel);
            }
            outcome = route.isRejected() ? refuse(route, channel) : route.queue() != null ? enterQueue(route, channel)
                    : dial(route, channel);
        } catch (AgiHangupException e) {
            outcome = new Outcome(stopping ? RoutingDecision.Outcome.INTERRUPTED : RoutingDecision.Outcome.CALLER_HUNG_UP, null);
        } catch (AgiException e) {
            // The PBX went away or refused a command: the call is the PBX's from here.
            LOG.info("FastAGI session for call {} on {} ended early: {}", call.pbxCallId(), call.channel(), e.toString());
            outcome = new Outcome(stopping ? RoutingDecision.Outcome.INTERRUPTED : RoutingDecision.Outcome.CALLER_HUNG_UP, null);
        } finally {
            finish(call, decision, outcome);
        }
    }

    /**
     * The call's id as call records have it, Asterisk's linked id. Only a call's first channel has
     * it as its own unique id: a transferred party that was called, or an attended transfer's Local
     * channel, belongs to a call begun elsewhere. So it is asked for: one AGI round trip.
     */
    private static String callId(AgiRequest request, AgiChannel channel) {
        try {
            String linkedId = channel.getVariable("CHANNEL(linkedid)");
            return linkedId == null || linkedId.isBlank() ? request.getUniqueId() : linkedId;
        } catch (AgiException e) {
            return request.getUniqueId();
        }
    }

    /**
     * Issue 12: MixMonitor on the caller's channel when the queue's or the users' recording policy
     * records the call from its start; the PBX writes the file and reports it, and the recording
     * index finds it when the call ends. A call whose policy cannot be read now goes on unrecorded.
     */
    private void recordIfWanted(CallIn call, Route route, String uniqueId, AgiChannel channel) throws AgiException {
        Optional<String> file;
        try {
            Optional<RecordingPolicies> policies = recordingInstalled ? Optional.of(recordingSlot.get()) : recordingSlot.now();
            file = policies.flatMap(p -> p.recordFromTheStart(route.tenantId(), new RoutedCall(route.userId(),
                    route.callerUserId(), route.queue() == null ? null : route.queue().id(), uniqueId)));
        } catch (RuntimeException e) {
            LOG.warn("Call {} of tenant {} is not recorded: its recording policy could not be read now ({})", call.pbxCallId(),
                    route.tenantId(), e.toString());
            return;
        }
        if (file.isPresent()) {
            channel.exec("MixMonitor", file.get());
        }
    }

    /** Routing stops with the node; sessions still open end as interrupted, not as hung up. */
    @Deactivate
    void deactivate() {
        stopping = true;
    }

    private record Outcome(RoutingDecision.Outcome kind, Integer answeredStep) {
    }

    private Outcome dial(Route route, AgiChannel channel) throws AgiException {
        int stepNo = 0;
        for (DialStep step : route.steps()) {
            stepNo++;
            String options = route.dialOptions();
            if (options.isEmpty()) {
                channel.exec("Dial", step.dial(), Integer.toString(step.ringSeconds()));
            } else {
                channel.exec("Dial", step.dial(), Integer.toString(step.ringSeconds()), options);
            }
            String status = channel.getVariable("DIALSTATUS");
            if ("ANSWER".equals(status)) {
                channel.setVariable(ROUTE_VARIABLE, "ANSWERED");
                return new Outcome(RoutingDecision.Outcome.ANSWERED, stepNo);
            }
            if ("CANCEL".equals(status)) {
                return new Outcome(RoutingDecision.Outcome.CALLER_HUNG_UP, null);
            }
            // NOANSWER, BUSY, CHANUNAVAIL, CONGESTION: the next step.
        }
        channel.setVariable(ROUTE_VARIABLE, "NOT_ANSWERED");
        channel.exec("Hangup", "19");
        return new Outcome(RoutingDecision.Outcome.NOT_ANSWERED, null);
    }

    /**
     * Queue() rings the queue's logged-in agents as Asterisk's queues.conf says; it does not answer
     * by itself, so the caller is answered first and hears music while it waits. It returns when
     * the caller gave up (ABANDONED), was not taken within {@code queueWaitSeconds} or could not
     * join (QUEUESTATUS), or after the call with an agent (neither).
     */
    private Outcome enterQueue(Route route, AgiChannel channel) throws AgiException {
        channel.answer();
        // t: the agent who takes the call may transfer it (issue 11, item 4); the caller may not.
        channel.exec("Queue", route.queue().pbxName() + ",t,,," + queueWaitSeconds);
        String status = channel.getVariable("QUEUESTATUS");
        if (status != null && !status.isEmpty()) {
            channel.setVariable(ROUTE_VARIABLE, "NOT_ANSWERED");
            channel.exec("Playback", NOBODY_AVAILABLE);
            channel.hangup();
            return new Outcome(RoutingDecision.Outcome.NOT_ANSWERED, null);
        }
        if ("TRUE".equals(channel.getVariable("ABANDONED"))) {
            return new Outcome(RoutingDecision.Outcome.CALLER_HUNG_UP, null);
        }
        channel.setVariable(ROUTE_VARIABLE, "ANSWERED");
        return new Outcome(RoutingDecision.Outcome.ANSWERED, null);
    }

    /** An unknown or barred number is announced; the rest are busy, which a caller understands as "try later". */
    private static Outcome refuse(Route route, AgiChannel channel) throws AgiException {
        channel.setVariable(ROUTE_VARIABLE, route.rejection().name());
        if (route.rejection() == Route.Rejection.UNKNOWN_NUMBER || route.rejection() == Route.Rejection.NUMBER_BARRED) {
            channel.answer();
            channel.exec("Playback", route.rejection() == Route.Rejection.NUMBER_BARRED ? CANNOT_COMPLETE : NOT_IN_SERVICE);
            channel.hangup();
        } else {
            channel.exec("Busy", "5");
        }
        return new Outcome(RoutingDecision.Outcome.REJECTED, null);
    }

    private static void congestion(AgiChannel channel) {
        try {
            channel.setVariable(ROUTE_VARIABLE, "UNAVAILABLE");
            channel.exec("Congestion", "5");
        } catch (AgiException e) {
            LOG.debug("The caller is gone: {}", e.toString());
        }
    }

    /** The decision as it is made, before anything is dialled; null when it could not be kept. */
    private String keep(CallIn call, Route route, Instant decidedAt) {
        if (route.tenantId() == null) {
            // No tenant to show it to: the node's log is the record (a PBX misconfiguration, not Centrala's failure).
            LOG.info("Call {} on {} in context '{}' to '{}' was refused: {}", call.pbxCallId(), call.channel(), call.context(),
                    call.dialled(), route.reason());
        }
        try {
            return decisions.begin(call, route, decidedAt);
        } catch (RuntimeException e) {
            LOG.error("The routing decision for call {} of tenant {} could not be kept: {}", call.pbxCallId(),
                    route.tenantId(), route.reason(), e);
            return null;
        }
    }

    private void finish(CallIn call, String decision, Outcome outcome) {
        if (decision == null) {
            return;
        }
        try {
            decisions.end(decision, outcome.kind(), outcome.answeredStep(), clock.instant());
        } catch (RuntimeException e) {
            // The decision is kept; a node that stops while the call is routed marks it INTERRUPTED at its next start.
            LOG.warn("The outcome {} of routing decision {} (call {}) could not be kept: {}", outcome.kind(), decision,
                    call.pbxCallId(), e.toString());
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindAccounts(PbxAccounts service) {
        accountsSlot.bind(service);
    }

    void unbindAccounts(PbxAccounts service) {
        accountsSlot.unbind(service);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindDestinations(CallDestinations service) {
        destinationsSlot.bind(service);
    }

    void unbindDestinations(CallDestinations service) {
        destinationsSlot.unbind(service);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindQueues(QueueService service) {
        queuesSlot.bind(service);
    }

    void unbindQueues(QueueService service) {
        queuesSlot.unbind(service);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindRecording(RecordingPolicies service) {
        recordingSlot.bind(service);
        recordingInstalled = true;
    }

    void unbindRecording(RecordingPolicies service) {
        recordingSlot.unbind(service);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindDevices(CallPartyResolver service) {
        devicesSlot.bind(service);
    }

    void unbindDevices(CallPartyResolver service) {
        devicesSlot.unbind(service);
    }
}
