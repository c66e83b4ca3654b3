package org.centrala.events.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.centrala.common.ServiceSlot;
import org.centrala.common.UnavailableException;
import org.centrala.directory.CallParty;
import org.centrala.directory.CallPartyResolver;
import org.centrala.pbx.CallTopics;
import org.centrala.queues.AgentTopics;
import org.centrala.statistics.StatisticsTopics;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tenants' live event streams (issue 12, item 3), fed from EventAdmin: the call model's call
 * events (each call's in the order of its lane), the agents' state changes, the statistics' changed live figures. Each event is tied to the tenant's user it is
 * about (the directory tells whose a phone is), so that each subscriber gets what its REST reads
 * show. Runs on EventAdmin's delivery thread and never waits there: no subscriber can slow it.
 */
@Component(service = {EventHub.class, EventHandler.class}, configurationPid = EventsConfig.PID, property = {
        EventConstants.EVENT_TOPIC + "=" + CallTopics.STARTED, EventConstants.EVENT_TOPIC + "=" + CallTopics.ANSWERED,
        EventConstants.EVENT_TOPIC + "=" + CallTopics.ENDED, EventConstants.EVENT_TOPIC + "=" + CallTopics.RINGING,
        EventConstants.EVENT_TOPIC + "=" + AgentTopics.STATE, EventConstants.EVENT_TOPIC + "=" + StatisticsTopics.UPDATED})
@Designate(ocd = EventsConfig.class)
public class EventHub implements EventHandler {
    private static final Logger LOG = LoggerFactory.getLogger(EventHub.class);
    /** The event types a subscriber may ask for. */
    public static final Set<String> TYPES = Set.of("call.started", "call.ringing", "call.answered", "call.ended", "agent.state",
            "statistics.updated");
    private static final int CALLS_REMEMBERED = 50_000;
    private static final Duration PHONES_REMEMBERED = Duration.ofMinutes(1);

    /** Tells this run's event ids from those of a run before a restart (which the buffer no longer has). */
    private final String streamId = Long.toString(System.currentTimeMillis(), 36);
    private final Map<String, TenantStream> streams = new ConcurrentHashMap<>();
    private final AtomicInteger open = new AtomicInteger();
    private final java.util.List<LiveEventTap> taps = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** The directory, bound dynamically; never waited for on the delivery thread. */
    private final ServiceSlot<CallPartyResolver> resolverSlot = new ServiceSlot<>("The directory", Duration.ZERO);
    private final Map<String, KnownPhone> phones = new ConcurrentHashMap<>();
    /** Calls started and not ended yet, by linked id: their tenant and numbers, for the answer. */
    private final Map<String, StartedCall> calls = java.util.Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, StartedCall> eldest) {
            return size() > CALLS_REMEMBERED;
        }
    });
    private volatile EventsConfig config;
    private volatile boolean closed;

    private record StartedCall(String tenantId, String from, String to) {
    }

    private record KnownPhone(Optional<CallParty> party, Instant until) {
    }

    /** Sweeps subscriptions whose connection never started (a HEAD, an answer that failed before its body). */
    private final java.util.concurrent.ScheduledExecutorService sweeper = java.util.concurrent.Executors
            .newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "centrala-events-sweeper");
                t.setDaemon(true);
                return t;
            });
    private static final long NEVER_STARTED_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(30);

    @Activate
    public EventHub(EventsConfig config) {
        modified(config);
        sweeper.scheduleWithFixedDelay(this::sweep, 15, 15, java.util.concurrent.TimeUnit.SECONDS);
    }

    void sweep() {
        streams.forEach((tenantId, stream) -> stream.abandoned(NEVER_STARTED_NANOS)
                .forEach(subscription -> unsubscribe(tenantId, subscription)));
    }

    @Modified
    void modified(EventsConfig config) {
        this.config = config;
    }

    @Deactivate
    void deactivate() {
        closed = true;
        sweeper.shutdownNow();
        streams.values().forEach(TenantStream::closeAll);
    }

    /**
     * A subscriber of a tenant's events.
     *
     * @throws UnavailableException when the node has as many open streams as it allows
     */
    public Subscription subscribe(String tenantId, Visibility visibility, Set<String> types, String lastEventId) {
        if (closed) {
            throw new UnavailableException("The live event stream is restarting", 5);
        }
        if (open.incrementAndGet() > Math.max(1, config.maxSubscribers())) {
            open.decrementAndGet();
            throw new UnavailableException("This node has as many open event streams as it allows (maxSubscribers in"
                    + " etc/org.centrala.events.cfg)", 30);
        }
        // At most half the buffer: a subscriber cut off for falling a queue behind still finds what it missed there.
        int queue = Math.max(16, Math.min(config.subscriberQueue(), Math.max(16, config.bufferedEvents()) / 2));
        return stream(tenantId).subscribe(visibility, types, queue, lastEventId);
    }

    public void unsubscribe(String tenantId, Subscription subscription) {
        if (!subscription.closed()) {
            open.decrementAndGet();
        }
        stream(tenantId).unsubscribe(subscription);
    }

    public long keepAliveMillis() {
        return Math.max(1, config.keepAliveSeconds()) * 1000L;
    }

    /** How long a busy stream gathers events between two writes (see {@link EventPump}). */
    public long writeIntervalMillis() {
        return Math.max(0, Math.min(1000, config.writeIntervalMillis()));
    }

    int openStreams() {
        return open.get();
    }

    private TenantStream stream(String tenantId) {
        return streams.computeIfAbsent(tenantId, t -> new TenantStream(streamId, Math.max(16, config.bufferedEvents())));
    }

    @Override
    public void handleEvent(Event event) {
        try {
            switch (event.getTopic()) {
                case CallTopics.STARTED -> started(event);
                case CallTopics.ANSWERED -> answered(event);
                case CallTopics.ENDED -> ended(event);
                case CallTopics.RINGING -> ringing(event);
                case AgentTopics.STATE -> agentState(event);
                case StatisticsTopics.UPDATED -> figures(event);
                default -> { }
            }
        } catch (RuntimeException e) {
            // One event that cannot be told to subscribers must not stop the next ones.
            LOG.warn("Live event of {} not published: {}", event.getTopic(), e.toString());
        }
    }

    private void started(Event event) {
        String tenantId = text(event, CallTopics.TENANT_ID);
        String callId = text(event, CallTopics.PBX_CALL_ID);
        if (tenantId == null || callId == null) {
            return;
        }
        calls.put(callId, new StartedCall(tenantId, text(event, CallTopics.FROM), text(event, CallTopics.TO)));
        Map<String, Object> data = data(event, CallTopics.PBX_CALL_ID, CallTopics.FROM, CallTopics.TO);
        putInstant(data, "startedAt", event.getProperty(CallTopics.STARTED_AT));
        publish("call.started", tenantId, instant(event.getProperty(CallTopics.STARTED_AT)),
                LiveEvent.About.NOBODY, data);
    }

    private void answered(Event event) {
        String callId = text(event, CallTopics.PBX_CALL_ID);
        Optional<CallParty> party = phone(text(event, CallTopics.DEVICE));
        StartedCall call = callId == null ? null : calls.get(callId);
        String tenantId = party.map(CallParty::tenantId).orElse(call == null ? null : call.tenantId());
        if (tenantId == null) {
            return;
        }
        Map<String, Object> data = data(event, CallTopics.PBX_CALL_ID);
        if (call != null) {
            putIfPresent(data, "from", call.from());
            putIfPresent(data, "to", call.to());
        }
        party.filter(p -> p.tenantId().equals(tenantId)).ifPresent(p -> {
            putIfPresent(data, "userId", p.userId());
            putIfPresent(data, "deviceId", p.deviceId());
        });
        putInstant(data, "answeredAt", event.getProperty(CallTopics.ANSWERED_AT));
        publish("call.answered", tenantId, instant(event.getProperty(CallTopics.ANSWERED_AT)),
                about(party.filter(p -> p.tenantId().equals(tenantId))), data);
    }

    private void ended(Event event) {
        String tenantId = text(event, CallTopics.TENANT_ID);
        String callId = text(event, CallTopics.PBX_CALL_ID);
        if (callId != null) {
            calls.remove(callId);
        }
        if (tenantId == null) {
            return;
        }
        Map<String, Object> data = data(event, CallTopics.RECORD_ID, CallTopics.PBX_CALL_ID, CallTopics.DIRECTION, CallTopics.FROM,
                CallTopics.TO, CallTopics.USER_ID, CallTopics.DEVICE_ID, CallTopics.DEPARTMENT_ID, CallTopics.QUEUE,
                CallTopics.DISPOSITION, CallTopics.RECORDED);
        putInstant(data, "startedAt", event.getProperty(CallTopics.STARTED_AT));
        putInstant(data, "answeredAt", event.getProperty(CallTopics.ANSWERED_AT));
        putInstant(data, "endedAt", event.getProperty(CallTopics.ENDED_AT));
        LiveEvent.About about = new LiveEvent.About(text(event, CallTopics.USER_ID), text(event, CallTopics.DEPARTMENT_ID),
                text(event, "userType"));
        publish("call.ended", tenantId, instant(event.getProperty(CallTopics.ENDED_AT)), about, data);
    }

    /** A tenant's phone rings for a call: the call is at that user now. */
    private void ringing(Event event) {
        Optional<CallParty> party = phone(text(event, CallTopics.DEVICE));
        if (party.isEmpty()) {
            return; // a mobile through the trunk, or another tenant's Asterisk's phone: nobody's to tell
        }
        String callId = text(event, CallTopics.PBX_CALL_ID);
        StartedCall call = callId == null ? null : calls.get(callId);
        Map<String, Object> data = data(event, CallTopics.PBX_CALL_ID);
        if (call != null) {
            putIfPresent(data, "from", call.from());
            putIfPresent(data, "to", call.to());
        }
        putIfPresent(data, "userId", party.get().userId());
        putIfPresent(data, "deviceId", party.get().deviceId());
        putInstant(data, "ringingAt", event.getProperty(CallTopics.RINGING_AT));
        publish("call.ringing", party.get().tenantId(),
                instant(event.getProperty(CallTopics.RINGING_AT)), about(party), data);
    }

    private void agentState(Event event) {
        String tenantId = text(event, AgentTopics.TENANT_ID);
        if (tenantId == null) {
            return;
        }
        Map<String, Object> data = data(event, AgentTopics.USER_ID, AgentTopics.STATE_NAME, AgentTopics.PAUSE_REASON,
                AgentTopics.CAUSE);
        putInstant(data, "at", event.getProperty(AgentTopics.AT));
        publish("agent.state", tenantId, instant(event.getProperty(AgentTopics.AT)),
                new LiveEvent.About(text(event, AgentTopics.USER_ID), text(event, AgentTopics.DEPARTMENT_ID), "CONTACT_CENTRE"),
                data);
    }

    /** A subject's live figures changed (issue 12): told as the statistics' live answer has them. */
    @SuppressWarnings("unchecked")
    private void figures(Event event) {
        String tenantId = text(event, StatisticsTopics.TENANT_ID);
        if (tenantId == null || !(event.getProperty(StatisticsTopics.DATA) instanceof Map<?, ?> data)) {
            return;
        }
        boolean agent = "agent".equals(text(event, StatisticsTopics.SUBJECT));
        publish("statistics.updated", tenantId, instant(event.getProperty(StatisticsTopics.AT)),
                LiveEvent.About.figures(agent ? text(event, StatisticsTopics.SUBJECT_ID) : null, text(event, StatisticsTopics.DEPARTMENT_ID)),
                new LinkedHashMap<>((Map<String, Object>) data));
    }

    /** Numbers and keeps the event in its tenant's stream, then tells the taps (the webhooks). */
    private void publish(String type, String tenantId, Instant at, LiveEvent.About about, Map<String, Object> data) {
        LiveEvent event = stream(tenantId).append(type, tenantId, at, about, data);
        for (LiveEventTap tap : taps) {
            try {
                tap.appended(event);
            } catch (RuntimeException e) {
                LOG.warn("Live event {} not handed to {}: {}", event.id(), tap, e.toString());
            }
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindTap(LiveEventTap tap) {
        taps.add(tap);
    }

    void unbindTap(LiveEventTap tap) {
        taps.remove(tap);
    }

    /** Whose SIP phone that is ({@code PJSIP/<sipUsername>}), from the directory, remembered a minute. */
    private Optional<CallParty> phone(String device) {
        if (device == null || !device.startsWith("PJSIP/")) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        KnownPhone known = phones.get(device);
        if (known != null && known.until().isAfter(now)) {
            return known.party();
        }
        Optional<CallPartyResolver> resolver = resolverSlot.now();
        if (resolver.isEmpty()) {
            return Optional.empty(); // the directory is away (or not bound yet at the boot): asked again next time
        }
        Optional<CallParty> party;
        try {
            party = resolver.get().bySipUsername(device.substring("PJSIP/".length()));
        } catch (RuntimeException e) {
            return Optional.empty(); // the directory's database is away: likewise not remembered
        }
        if (phones.size() > 10_000) {
            phones.clear();
        }
        phones.put(device, new KnownPhone(party, now.plus(PHONES_REMEMBERED)));
        return party;
    }

    private static LiveEvent.About about(Optional<CallParty> party) {
        return party.map(p -> new LiveEvent.About(p.userId(), p.departmentId(), p.userType() == null ? null : p.userType().name()))
                .orElse(LiveEvent.About.NOBODY);
    }

    private static Map<String, Object> data(Event event, String... keys) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (String key : keys) {
            putIfPresent(data, key, event.getProperty(key));
        }
        return data;
    }

    private static void putIfPresent(Map<String, Object> data, String key, Object value) {
        if (value != null) {
            data.put(key, value);
        }
    }

    private static void putInstant(Map<String, Object> data, String key, Object epochMillis) {
        if (epochMillis instanceof Number millis) {
            data.put(key, Instant.ofEpochMilli(millis.longValue()).toString());
        }
    }

    private static Instant instant(Object epochMillis) {
        return epochMillis instanceof Number millis ? Instant.ofEpochMilli(millis.longValue()) : Instant.now();
    }

    private static String text(Event event, String key) {
        Object value = event.getProperty(key);
        return value == null ? null : value.toString();
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindResolver(CallPartyResolver service) {
        resolverSlot.bind(service);
    }

    void unbindResolver(CallPartyResolver service) {
        resolverSlot.unbind(service);
    }
}
