package org.centrala.pbx.internal.link;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.asteriskjava.manager.AuthenticationFailedException;
import org.asteriskjava.manager.DefaultManagerConnection;
import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.TimeoutException;
import org.asteriskjava.manager.action.CoreShowChannelsAction;
import org.asteriskjava.manager.action.ManagerAction;
import org.asteriskjava.manager.action.PingAction;
import org.asteriskjava.manager.action.QueueStatusAction;
import org.asteriskjava.manager.event.DisconnectEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.centrala.pbx.LinkState;
import org.centrala.pbx.PbxLinkStatus;
import org.centrala.pbx.internal.pipeline.EventPipeline;
import org.centrala.tenancy.PbxAccount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One AMI connection to one Asterisk, shared by the tenants whose PBX record names it. A
 * supervisor thread owns the connection's life: it connects, logs in, asks for a snapshot
 * (CoreShowChannels, QueueStatus, DeviceStateList) so nothing missed while away stays missed,
 * pings, and on loss reconnects with backoff. Asterisk-Java's own reconnect loop is not used
 * (fixed intervals, warnings on every try): each attempt is a fresh connection.
 */
final class AmiLink implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AmiLink.class);

    private final LinkKey key;
    private final LinkSettings settings;
    private final EventPipeline pipeline;
    private final LinkCallListener calls;
    private final Backoff backoff;
    private final ScheduledExecutorService supervisor;
    private final AtomicLong connects = new AtomicLong();
    private volatile List<PbxAccount> accounts;
    private final List<Class<? extends ManagerEvent>> eventClasses;
    private long dropsResynced; // supervisor thread only
    private ScheduledFuture<?> nextAttempt; // supervisor thread only
    private volatile Map<String, String> tenantsByContext;
    private volatile ManagerConnection connection;
    private volatile boolean closed;
    private volatile LinkState state = LinkState.CONNECTING;
    private volatile Instant since;
    private volatile String lastError;
    /** The last moment the connection showed it was alive (an event, an answered Ping), in epoch ms. */
    private volatile long lastSignOfLife;
    /** When the previous connection was last alive, until the next one's snapshot has used it; supervisor thread only. */
    private Instant aliveUntilLost;
    private final java.util.function.Function<LinkKey, java.util.Optional<org.centrala.pbx.internal.cdr.CdrSource>> cdrSources;
    /** The CDR's last problem, said once until it changes. */
    private volatile String cdrProblem;
    private volatile Instant lastErrorAt;

    AmiLink(LinkKey key, List<PbxAccount> accounts, LinkSettings settings,
            List<Class<? extends ManagerEvent>> eventClasses,
            java.util.function.Function<java.util.function.Supplier<Map<String, String>>, LinkCallListener> listeners) {
        this(key, accounts, settings, eventClasses, listeners, k -> java.util.Optional.empty());
    }

    /** @param cdrSources where the CDR of an Asterisk can be read, to recover the calls of an outage */
    AmiLink(LinkKey key, List<PbxAccount> accounts, LinkSettings settings,
            List<Class<? extends ManagerEvent>> eventClasses,
            java.util.function.Function<java.util.function.Supplier<Map<String, String>>, LinkCallListener> listeners,
            java.util.function.Function<LinkKey, java.util.Optional<org.centrala.pbx.internal.cdr.CdrSource>> cdrSources) {
        this.cdrSources = cdrSources;
        this.key = key;
        this.settings = settings;
        this.eventClasses = eventClasses;
        this.since = Instant.now();
        update(accounts);
        this.calls = listeners.apply(() -> tenantsByContext);
        this.pipeline = new EventPipeline(key.id(), settings.lanes(), settings.queueCapacity(), calls,
                Clock.systemUTC());
        this.backoff = new Backoff(settings.backoffInitialMillis(), settings.backoffMaxMillis(key));
        this.supervisor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "centrala-ami-" + key.id() + "-supervisor");
            t.setDaemon(true);
            return t;
        });
    }

    /** New or changed tenants on this PBX: they share the connection; the secret of the first is used. */
    void update(List<PbxAccount> accounts) {
        this.accounts = List.copyOf(accounts);
        Map<String, String> byContext = new HashMap<>();
        for (PbxAccount account : accounts) {
            byContext.put(account.agiContext(), account.tenantId());
        }
        this.tenantsByContext = Map.copyOf(byContext);
    }

    /**
     * New or changed tenants on this PBX. If the secret the link logs in with changed, it logs in
     * again with the new one, keeping its call model: calls in progress are taken up by the resync
     * of the new connection, as after any reconnect, and none is lost or written twice.
     */
    void change(List<PbxAccount> candidates) {
        boolean newSecret = !candidates.get(0).amiSecret().equals(accounts.get(0).amiSecret());
        update(candidates);
        if (newSecret) {
            LOG.info("AMI link {}: its secret changed; logging in again", key.id());
            onSupervisor(() -> {
                backoff.reset();
                ManagerConnection current = connection;
                if (current != null) {
                    lost(current, "its secret changed");
                } else {
                    // Now, not after the backoff of a refused log-in; and instead of the attempt
                    // already scheduled, or each change would start one more retry loop.
                    if (nextAttempt != null) {
                        nextAttempt.cancel(false);
                    }
                    attempt();
                }
            });
        }
    }

    /** The tenant's dialplan context on this PBX, if the tenant is on this link. */
    /** The calls on a SIP endpoint's channels now, as the link's events left them. */
    java.util.List<org.centrala.pbx.PhoneCall> phoneCalls(String endpoint) {
        return pipeline.phoneCalls(endpoint);
    }

    java.util.Optional<String> contextOf(String tenantId) {
        return accounts.stream().filter(account -> account.tenantId().equals(tenantId)).map(PbxAccount::agiContext)
                .findFirst();
    }

    java.util.Optional<String> deviceState(String device) {
        return calls.deviceState(device);
    }

    /**
     * Sends an action and waits for Asterisk's answer. Runs on the caller's thread (a request), never
     * on the reader or a lane.
     *
     * @throws org.centrala.common.UnavailableException when the link is not connected or Asterisk does not answer in time
     */
    org.asteriskjava.manager.response.ManagerResponse send(org.asteriskjava.manager.action.ManagerAction action) {
        ManagerConnection current = connected();
        try {
            return current.sendAction(action, settings.responseTimeoutMillis());
        } catch (java.io.IOException | org.asteriskjava.manager.TimeoutException | IllegalStateException e) {
            throw notTaken(e);
        }
    }

    /**
     * Sends an action whose answer is a list, and waits for all of it. On the caller's thread.
     *
     * @throws org.centrala.common.UnavailableException when Asterisk does not answer in time
     */
    org.asteriskjava.manager.ResponseEvents sendForList(org.asteriskjava.manager.action.EventGeneratingAction action) {
        ManagerConnection current = connected();
        try {
            return current.sendEventGeneratingAction(action, settings.responseTimeoutMillis());
        } catch (java.io.IOException | org.asteriskjava.manager.TimeoutException | IllegalStateException | IllegalArgumentException e) {
            throw notTaken(e);
        }
    }

    /** The connection now; none is the PBX's state, not the node's failure: a conflict that says what the link is doing. */
    private ManagerConnection connected() {
        ManagerConnection current = connection;
        if (current == null) {
            throw new org.centrala.common.ConflictException("the PBX " + key.host() + " is not connected ("
                    + state.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                    + (lastError == null ? "" : ": " + lastError) + "); try again once its link is (GET /tenants/{id}/pbx/link)");
        }
        return current;
    }

    private org.centrala.common.UnavailableException notTaken(Exception e) {
        return new org.centrala.common.UnavailableException("the PBX " + key.host() + " did not take the action: " + e.getMessage(), 5);
    }

    void start() {
        supervisor.execute(this::attempt);
        supervisor.scheduleWithFixedDelay(this::ping, settings.pingMillis(), settings.pingMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void attempt() {
        if (closed || connection != null) {
            return; // an earlier attempt, scheduled before a secret change, got there first
        }
        DefaultManagerConnection candidate = new DefaultManagerConnection(key.host(), key.port(), key.user(),
                accounts.get(0).amiSecret());
        candidate.setSocketTimeout(settings.connectTimeoutMillis());
        candidate.setDefaultResponseTimeout(settings.responseTimeoutMillis());
        eventClasses.forEach(candidate::registerUserEventClass);
        candidate.registerUserEventClass(DeviceStateListCompleteEvent.class);
        candidate.registerUserEventClass(ChannelsHungupListCompleteEvent.class);
        candidate.registerUserEventClass(ChannelHungupEvent.class);
        // After the above: each replaces Asterisk-Java's class of the same event.
        candidate.registerUserEventClass(DeviceStateReportEvent.class);
        candidate.registerUserEventClass(HangupReportEvent.class);
        candidate.registerUserEventClass(HangupRequestReportEvent.class);
        candidate.registerUserEventClass(SoftHangupRequestReportEvent.class);
        candidate.registerUserEventClass(org.centrala.pbx.internal.model.QueueMemberPauseReportEvent.class);
        candidate.registerUserEventClass(org.centrala.pbx.internal.model.MixMonitorMuteReportEvent.class);
        candidate.registerUserEventClass(ChanSpyStartReportEvent.class);
        candidate.registerUserEventClass(ChanSpyStopReportEvent.class);
        candidate.addEventListener(event -> onEvent(candidate, event));
        try {
            candidate.login();
        } catch (AuthenticationFailedException e) {
            failed(LinkState.AUTHENTICATION_FAILED, "Asterisk refused the AMI account '" + key.user() + "': "
                    + e.getMessage(), backoff.maxDelayMillis());
            return;
        } catch (IOException | TimeoutException | IllegalStateException e) {
            failed(connects.get() == 0 ? LinkState.CONNECTING : LinkState.RECONNECTING,
                    e.getClass().getSimpleName() + ": " + e.getMessage(), backoff.nextDelayMillis());
            return;
        }
        if (closed) {
            candidate.logoff();
            return;
        }
        connection = candidate;
        connects.incrementAndGet();
        backoff.reset();
        changeState(LinkState.CONNECTED);
        LOG.info("AMI link {} connected (connection #{})", key.id(), connects.get());
        lastSignOfLife = System.currentTimeMillis();
        Instant lostAt = aliveUntilLost;
        aliveUntilLost = null;
        resync(candidate, lostAt);
        if (lostAt != null) {
            // The CDR's times have whole seconds: from a second before, and a call seen live before the loss is
            // recognised as recorded already.
            recoverFromCdr(lostAt.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).minusSeconds(1), Instant.now());
        }
    }

    /**
     * Calls that began and ended while the link was down leave no trace in AMI; where the node can
     * read the PBX's CDR, they are recorded from it, marked recovered. A call the resync found in
     * progress is not in the CDR yet; one recorded already is not recorded again (call records are
     * unique per link and call). On the supervisor's thread.
     */
    private void recoverFromCdr(Instant from, Instant to) {
        java.util.Optional<org.centrala.pbx.internal.cdr.CdrSource> source = cdrSources.apply(key);
        if (source.isEmpty()) {
            return;
        }
        try {
            org.centrala.pbx.internal.cdr.CdrSource.Recovery recovery = source.get().calls(key.id(), from, to);
            recovery.calls().forEach(calls::ended);
            cdrProblem = null;
            LOG.info("AMI link {}: {} call(s) of the outage from {} to {} recovered from the CDR {}{}", key.id(),
                    recovery.calls().size(), from, to, source.get().file(),
                    recovery.skippedRows() == 0 ? "" : "; " + recovery.skippedRows() + " row(s) not of cdr_csv's layout with"
                            + " loguniqueid, loguserfield and newcdrcolumns were skipped");
        } catch (IOException | RuntimeException e) {
            // The operator's storage or file: a state to fix, said once, never a stack trace.
            String problem = e.toString();
            if (!problem.equals(cdrProblem)) {
                LOG.warn("AMI link {}: the calls of the outage from {} to {} could not be recovered from the CDR {}: {}",
                        key.id(), from, to, source.get().file(), problem);
            }
            cdrProblem = problem;
        }
    }

    /**
     * The snapshot that brings the model up to date; its answers flow through the same pipeline.
     *
     * @param lostAt when the previous connection was last alive, if the link was lost; calls that
     *               ended meanwhile end then
     */
    private void resync(ManagerConnection current, Instant lostAt) {
        pipeline.beginResync(lostAt);
        for (ManagerAction action : List.of(new CoreShowChannelsAction(), new DeviceStateListAction())) {
            try {
                current.sendAction(action, response -> LOG.debug("{} on {}: {}", action.getAction(), key.id(),
                        response.getResponse()));
            } catch (IOException | IllegalStateException e) {
                LOG.debug("Resync action {} on {} not sent: {}", action.getAction(), key.id(), e.toString());
            }
        }
        queueSnapshot(current);
    }

    /**
     * QueueStatus, as one answer: its items go through the pipeline like any event, and the whole
     * list of queues and members is reported, so that agents removed on the PBX while the link was
     * away are seen to be gone (issue 11). On the supervisor's thread, never the reader's.
     */
    private void queueSnapshot(ManagerConnection current) {
        java.time.Instant asked = java.time.Instant.now();
        try {
            org.asteriskjava.manager.ResponseEvents answer = current.sendEventGeneratingAction(new QueueStatusAction(),
                    settings.responseTimeoutMillis() * 10L);
            java.util.Set<String> queues = new java.util.TreeSet<>();
            java.util.Set<String> members = new java.util.TreeSet<>();
            for (org.asteriskjava.manager.event.ResponseEvent event : answer.getEvents()) {
                if (event instanceof org.asteriskjava.manager.event.QueueParamsEvent params && params.getQueue() != null) {
                    queues.add(params.getQueue());
                } else if (event instanceof org.asteriskjava.manager.event.QueueMemberEvent member && member.getQueue() != null) {
                    members.add(member.getQueue() + "|" + member.getLocation());
                }
                pipeline.onManagerEvent(event);
            }
            calls.queueSnapshot(queues, members, asked);
        } catch (IOException | TimeoutException | IllegalArgumentException | IllegalStateException e) {
            LOG.debug("QueueStatus on {} not answered: {}", key.id(), e.toString());
        }
    }

    /** On the AMI reader thread: hand the event over and return. */
    private void onEvent(ManagerConnection source, ManagerEvent event) {
        if (event instanceof DisconnectEvent) {
            onSupervisor(() -> lost(source, "connection lost"));
        } else if (source == connection) {
            lastSignOfLife = System.currentTimeMillis();
            pipeline.onManagerEvent(event);
        }
    }

    private void ping() {
        ManagerConnection current = connection;
        if (current == null || closed) {
            return;
        }
        try {
            current.sendAction(new PingAction(), settings.responseTimeoutMillis());
        } catch (IOException | TimeoutException | IllegalStateException e) {
            lost(current, "no answer to Ping: " + e.getMessage());
            return;
        }
        lastSignOfLife = System.currentTimeMillis();
        resyncAfterDrops(current);
    }

    /**
     * Dropped events (a full lane) may have been a hang-up, so some call would never end: a new
     * snapshot closes what ended meanwhile. Checked at each Ping, so within one Ping interval.
     */
    private void resyncAfterDrops(ManagerConnection current) {
        long drops = pipeline.dropped();
        if (drops > dropsResynced) {
            LOG.warn("AMI link {}: {} events dropped since the last check (lanes full); resynchronising",
                    key.id(), drops - dropsResynced);
            dropsResynced = drops;
            resync(current, null);
        }
    }

    private void lost(ManagerConnection source, String why) {
        if (source != connection || closed) {
            return;
        }
        connection = null;
        // Calls that end while the link is down end, for Centrala, when the PBX was last seen alive:
        // an outage (a crashed Asterisk) is not talk time.
        if (aliveUntilLost == null && lastSignOfLife > 0) {
            aliveUntilLost = Instant.ofEpochMilli(lastSignOfLife);
        }
        try {
            source.logoff();
        } catch (IllegalStateException e) {
            // already down
        }
        failed(LinkState.RECONNECTING, why, backoff.nextDelayMillis());
    }

    private void failed(LinkState newState, String error, long retryMillis) {
        lastError = error;
        lastErrorAt = Instant.now();
        if (state != newState) {
            changeState(newState);
        }
        // A link that is down is a status, not an incident: debug, and visible over REST and the shell.
        LOG.debug("AMI link {}: {}; next try in {} ms", key.id(), error, retryMillis);
        if (!closed) {
            try {
                nextAttempt = supervisor.schedule(this::attempt, retryMillis, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                // closed meanwhile
            }
        }
    }

    /** From Asterisk-Java's threads: hand over to the supervisor, unless the link is closing. */
    private void onSupervisor(Runnable task) {
        if (closed) {
            return;
        }
        try {
            supervisor.execute(task);
        } catch (RejectedExecutionException e) {
            // closed meanwhile
        }
    }

    private void changeState(LinkState newState) {
        state = newState;
        since = Instant.now();
    }

    PbxLinkStatus status() {
        return new PbxLinkStatus(key.id(), key.host(), key.port(), key.user(),
                accounts.stream().map(PbxAccount::tenantId).toList(), state, since, lastError, lastErrorAt,
                connects.get(), pipeline.received(), pipeline.processed(), pipeline.dropped(), pipeline.depth(),
                pipeline.capacity(), pipeline.callsInProgress(), calls.devicesKnown(), calls.queueMembersKnown(),
                calls.unattributed());
    }

    List<PbxAccount> accounts() {
        return accounts;
    }

    @Override
    public void close() {
        close(false);
    }

    /** @param nodeStopping the whole node is stopping: calls it cannot finish are the stop's, not a failure */
    public void close(boolean nodeStopping) {
        closed = true;
        supervisor.shutdownNow();
        try {
            // An attempt in progress must finish (log-in times out) before the connection is read,
            // or it could publish a connection after this close and leave it running.
            if (!supervisor.awaitTermination(settings.connectTimeoutMillis() + settings.responseTimeoutMillis() + 1000L,
                    TimeUnit.MILLISECONDS)) {
                LOG.warn("AMI link {}: a connection attempt did not end within its timeouts", key.id());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ManagerConnection current = connection;
        connection = null;
        if (current != null) {
            try {
                current.logoff();
            } catch (RuntimeException e) {
                LOG.debug("Logoff from {}: {}", key.id(), e.toString());
            }
        }
        pipeline.close();
        calls.close(nodeStopping);
        changeState(LinkState.STOPPED);
    }
}
