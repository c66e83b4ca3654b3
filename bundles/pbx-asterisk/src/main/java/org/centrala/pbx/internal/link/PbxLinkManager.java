package org.centrala.pbx.internal.link;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.asteriskjava.manager.event.ManagerEvent;
import org.centrala.common.ServiceSlot;
import org.centrala.directory.CallPartyResolver;
import org.centrala.pbx.LinkState;
import org.centrala.pbx.PbxLinkStatus;
import org.centrala.pbx.EndedCallConsumer;
import org.centrala.pbx.PbxActions;
import org.centrala.pbx.PbxLinks;
import org.asteriskjava.manager.action.ManagerAction;
import org.asteriskjava.manager.action.OriginateAction;
import org.asteriskjava.manager.action.QueueAddAction;
import org.asteriskjava.manager.action.QueuePauseAction;
import org.asteriskjava.manager.action.QueueRemoveAction;
import org.asteriskjava.manager.response.ManagerError;
import org.asteriskjava.manager.response.ManagerResponse;
import org.centrala.pbx.internal.records.CallAttribution;
import org.centrala.tenancy.PbxAccount;
import org.centrala.tenancy.PbxAccounts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one {@link AmiLink} per distinct Asterisk (host, port, AMI user) named by the tenants'
 * PBX records: it compares the records with the running links every few seconds, starts links
 * for new PBXs, lets tenants join or leave a shared one, logs a link in again when its secret changed,
 * and stops links nobody uses any more.
 */
@Component(service = {PbxLinks.class, PbxActions.class, org.centrala.pbx.PbxConfigFiles.class}, configurationPid = "org.centrala.pbx")
@Designate(ocd = PbxLinkManager.Config.class)
public class PbxLinkManager implements PbxLinks, PbxActions, org.centrala.pbx.PbxConfigFiles {
    private static final Logger LOG = LoggerFactory.getLogger(PbxLinkManager.class);

    @ObjectClassDefinition(name = "Centrala PBX link", description = "AMI connections to Asterisk")
    public @interface Config {
        @AttributeDefinition(description = "How often the tenants' PBX records are compared with the running links (ms)")
        long refreshMillis() default 5000;

        @AttributeDefinition(description = "Event lanes per link (threads folding events into the call model)")
        int lanes() default 2;

        @AttributeDefinition(description = "Events that may wait per link before new ones are dropped (and counted)")
        int queueCapacity() default 100000;

        @AttributeDefinition(description = "First reconnect delay (ms); doubles up to the maximum, with ±20% jitter")
        long backoffInitialMillis() default 1000;

        @AttributeDefinition(description = "Longest reconnect delay (ms), also the retry after a refused log-in; short, because"
                + " calls that begin and end while the link is down are not seen")
        long backoffMaxMillis() default 10000;

        @AttributeDefinition(required = false, description = "Longest reconnect delay of particular Asterisks, as host:port=ms"
                + " (e.g. pbx1.example.net:5038=30000); overrides backoffMaxMillis for that PBX")
        String[] backoffMaxMillisPerPbx() default {};

        @AttributeDefinition(description = "Ping interval (ms): a link whose Ping goes unanswered reconnects")
        long pingMillis() default 20000;

        @AttributeDefinition(description = "TCP connect timeout (ms)")
        int connectTimeoutMillis() default 5000;

        @AttributeDefinition(description = "How long to wait for Asterisk's answer to an action (ms)")
        long responseTimeoutMillis() default 5000;
    }

    /** Another concern's, bound dynamically: updating it must not stop this component; a call waits for it. */
    private final ServiceSlot<PbxAccounts> accountsSlot = new ServiceSlot<>("Tenancy");
    private final PbxAccounts accounts = accountsSlot.proxy(PbxAccounts.class);
    private final CallAttribution attribution;
    /** Ended calls on their way to the call records, the recording index, the statistics, plugins: bundles of their own. */
    private final EndedCallJournal endedCalls = new EndedCallJournal(100_000, Duration.ofMinutes(2), java.time.Clock.systemUTC());
    /** Forgets the cursors of consumers whose bundle is uninstalled (an update keeps them). */
    private final org.osgi.framework.BundleListener uninstalls = event -> {
        if (event.getType() == org.osgi.framework.BundleEvent.UNINSTALLED) {
            endedCalls.forgetBundle(event.getBundle().getBundleId());
        }
    };

    private final EventAdmin events;
    private final Map<LinkKey, AmiLink> links = new ConcurrentHashMap<>();
    // Listed once: a new Asterisk-Java bundle would refresh this bundle and so restart the component.
    private final List<Class<? extends ManagerEvent>> eventClasses = EventClasses.ofAsteriskJava();
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "centrala-pbx-links");
        t.setDaemon(true);
        return t;
    });
    private volatile LinkSettings settings;
    private volatile boolean closed;
    private volatile Map<String, PbxLinkStatus> refused = Map.of();
    private ScheduledFuture<?> refresh;

    /**
     * The directory, bound dynamically. Attribution runs on a lane, which must never wait: while
     * the directory is away a call fails at once and is attributed later, off the lane.
     */
    private final ServiceSlot<CallPartyResolver> resolverSlot = new ServiceSlot<>("The directory", Duration.ZERO);

    @Activate
    public PbxLinkManager(@Reference EventAdmin events, Config config, org.osgi.framework.BundleContext context) {
        this.attribution = new CallAttribution(resolverSlot.proxy(CallPartyResolver.class));
        this.events = events;
        if (context != null) {
            context.addBundleListener(uninstalls);
        }
        apply(config);
    }

    /** New settings apply to links started from now on; the refresh interval at once. */
    @Modified
    void apply(Config config) {
        List<String> refusedCeilings = new java.util.ArrayList<>();
        java.util.Map<String, Long> ceilings = LinkSettings.perPbx(config.backoffMaxMillisPerPbx(), refusedCeilings);
        if (!refusedCeilings.isEmpty()) {
            // The operator's own file: said once, when it is read.
            LOG.warn("backoffMaxMillisPerPbx in etc/org.centrala.pbx.cfg: {} not host:port=ms (at least 100 ms); the node's"
                    + " backoffMaxMillis applies to those", refusedCeilings);
        }
        settings = new LinkSettings(Math.max(1, config.lanes()), Math.max(config.lanes(), config.queueCapacity()),
                config.backoffInitialMillis(), config.backoffMaxMillis(), Math.max(1000, config.pingMillis()),
                config.connectTimeoutMillis(), config.responseTimeoutMillis(), ceilings);
        synchronized (this) {
            if (refresh != null) {
                refresh.cancel(false);
            }
            refresh = refresher.scheduleWithFixedDelay(this::refreshQuietly, 0, Math.max(100, config.refreshMillis()),
                    TimeUnit.MILLISECONDS);
        }
    }

    @Deactivate
    void deactivate(org.osgi.framework.BundleContext context) {
        closed = true;
        // At a node stop the call records may stop before the link: calls ending then cannot be kept.
        boolean nodeStopping = context.getBundle(0).getState() == org.osgi.framework.Bundle.STOPPING;
        // Not shutdownNow: an interrupt during Derby's file I/O closes its channel, and Derby's
        // shutdown then waits up to a minute for it (seen as a container that would not stop).
        refresher.shutdown();
        try {
            // A refresh in progress could otherwise start a link after the links are closed.
            refresher.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        links.values().forEach(link -> link.close(nodeStopping));
        links.clear();
        context.removeBundleListener(uninstalls);
        // After the links: the calls they ended on closing are handed over too.
        endedCalls.close(Duration.ofSeconds(10), nodeStopping);
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            // The database may be briefly away; the running links carry on meanwhile.
            LOG.debug("PBX records not read: {}", e.toString());
        }
    }

    void refresh() {
        if (closed) {
            return;
        }
        Map<LinkKey, List<PbxAccount>> wanted = new LinkedHashMap<>();
        Map<String, PbxLinkStatus> refused = new HashMap<>();
        for (PbxAccount account : accounts.all()) {
            List<PbxAccount> sharing = wanted.computeIfAbsent(LinkKey.of(account), k -> new ArrayList<>());
            // The oldest tenant's secret is the link's. A later tenant with another one does not
            // ride on it (it never showed it knows the secret), nor can a typo in it take the
            // link away from the others: it is refused, and its own status says why.
            if (sharing.isEmpty() || sharing.get(0).amiSecret().equals(account.amiSecret())) {
                sharing.add(account);
            } else {
                refused.put(account.tenantId(), refusedStatus(LinkKey.of(account), account.tenantId()));
            }
        }
        this.refused = Map.copyOf(refused);
        for (Map.Entry<LinkKey, AmiLink> running : links.entrySet()) {
            List<PbxAccount> want = wanted.get(running.getKey());
            if (want == null) {
                LOG.info("AMI link {} stopped: no tenant uses it any more", running.getKey().id());
                links.remove(running.getKey()).close();
            } else {
                running.getValue().change(want);
            }
        }
        for (Map.Entry<LinkKey, List<PbxAccount>> entry : wanted.entrySet()) {
            links.computeIfAbsent(entry.getKey(), key -> {
                AmiLink link = new AmiLink(key, entry.getValue(), settings, eventClasses,
                        contexts -> new LinkCallListener(key, contexts, attribution, events, endedCalls::append), this::cdrSourceOf);
                link.start();
                return link;
            });
        }
    }

    @Override
    public List<PbxLinkStatus> links() {
        return java.util.stream.Stream.concat(links.values().stream().map(AmiLink::status), refused.values().stream())
                .sorted(java.util.Comparator.comparing(PbxLinkStatus::id)).toList();
    }

    @Override
    public Optional<PbxLinkStatus> forTenant(String tenantId) {
        PbxLinkStatus refusedOne = refused.get(tenantId);
        if (refusedOne != null) {
            return Optional.of(refusedOne);
        }
        return runningLinkOf(tenantId).map(link -> link.status().forTenant(tenantId));
    }

    @Override
    public List<org.centrala.pbx.PhoneCall> phoneCalls(String tenantId, String sipUsername) {
        if (refused.containsKey(tenantId)) {
            return List.of();
        }
        return runningLinkOf(tenantId).map(link -> link.phoneCalls(sipUsername)).orElse(List.of());
    }

    private Optional<AmiLink> runningLinkOf(String tenantId) {
        return links.values().stream()
                .filter(link -> link.accounts().stream().anyMatch(a -> a.tenantId().equals(tenantId)))
                .findFirst();
    }

    @Override
    public void originate(String tenantId, Originate request) {
        AmiLink link = linkOf(tenantId);
        OriginateAction action = new OriginateAction();
        action.setChannel(request.endpoint());
        action.setContext(link.contextOf(tenantId).orElseThrow());
        action.setExten(request.exten());
        action.setPriority(1);
        // Quotes and angle brackets would end the caller id early: the name keeps neither.
        action.setCallerId("\"" + request.callerIdName().replaceAll("[\"<>]", "") + "\" <" + request.callerIdNumber() + ">");
        action.setTimeout(request.ringSeconds() * 1000L);
        action.setAsync(true);
        action.setChannelId(request.callId());
        ManagerResponse answer = link.send(action);
        if (answer instanceof ManagerError) {
            throw new org.centrala.common.ConflictException("the PBX refused the call: " + answer.getMessage());
        }
    }

    private static final java.util.regex.Pattern PJSIP_PHONE = java.util.regex.Pattern.compile("PJSIP/[A-Za-z0-9._-]+");

    @Override
    public void spy(String tenantId, Spy request) {
        // Only names Centrala made reach ChanSpy's argument: nothing a client typed (CVE-2024-42365).
        if (!PJSIP_PHONE.matcher(request.endpoint()).matches() || !PJSIP_PHONE.matcher(request.target()).matches()) {
            throw new IllegalArgumentException("not a PJSIP phone: " + request.endpoint() + ", " + request.target());
        }
        AmiLink link = linkOf(tenantId);
        OriginateAction action = new OriginateAction();
        action.setChannel(request.endpoint());
        action.setApplication("ChanSpy");
        // The phone's channels are PJSIP/<endpoint>-<sequence>: the dash keeps longer endpoint names out.
        // q: no beep; E: leave when the agent's call ends; w: whisper to the agent; B: barge, speak to both.
        String options = "qE" + switch (request.mode()) {
            case LISTEN -> "";
            case WHISPER -> "w";
            case BARGE -> "B";
        };
        action.setData(request.target() + "-," + options);
        action.setCallerId("\"" + request.callerIdName().replaceAll("[\"<>]", "") + "\"");
        action.setTimeout(30_000L);
        action.setAsync(true);
        action.setChannelId(request.callId());
        ManagerResponse answer = link.send(action);
        if (answer instanceof ManagerError) {
            throw new org.centrala.common.ConflictException("the PBX refused to connect the supervisor: " + answer.getMessage());
        }
    }

    @Override
    public int hangUp(String tenantId, String sipUsername) {
        if (!PJSIP_PHONE.matcher("PJSIP/" + sipUsername).matches()) {
            throw new IllegalArgumentException("not a PJSIP endpoint: " + sipUsername);
        }
        org.asteriskjava.manager.ResponseEvents answer = linkOf(tenantId).sendForList(
                new HangupChannelsAction("^" + phoneChannels(sipUsername) + "$"));
        if (answer.getResponse() instanceof ManagerError error) {
            throw callRefused("to hang up", error);
        }
        return (int) answer.getEvents().stream().filter(ChannelHungupEvent.class::isInstance).count();
    }

    @Override
    public void blindTransfer(String tenantId, String sipUsername, String exten) {
        transfer(tenantId, sipUsername, exten, "BlindTransfer", "the transfer");
    }

    /** Atxfer plays the atxfer feature code and the digits into the channel: the bridge starts the consultation. */
    @Override
    public void attendedTransfer(String tenantId, String sipUsername, String exten) {
        transfer(tenantId, sipUsername, exten, "Atxfer", "the attended transfer");
    }

    private void transfer(String tenantId, String sipUsername, String exten, String actionName, String what) {
        requireDigits(sipUsername, exten);
        AmiLink link = linkOf(tenantId);
        send(link, new RawAction(actionName).with("Channel", bridgedChannel(channels(link), sipUsername, "to transfer").getChannel())
                .with("Context", link.contextOf(tenantId).orElseThrow()).with("Exten", exten), what);
    }

    @Override
    public void cancelAttendedTransfer(String tenantId, String sipUsername) {
        requireDigits(sipUsername, "0");
        AmiLink link = linkOf(tenantId);
        List<org.asteriskjava.manager.event.CoreShowChannelEvent> channels = channels(link);
        org.asteriskjava.manager.event.CoreShowChannelEvent phone = bridgedChannel(channels, sipUsername, "to transfer");
        // CancelAtxfer only plays the abort code: Asterisk acknowledges it whether or not a consultation runs.
        // A consultation is the phone in a bridge with the Local channel Atxfer made.
        boolean consulting = channels.stream().anyMatch(c -> phone.getBridgeid().equals(c.getBridgeid()) && c.getChannel() != null
                && c.getChannel().startsWith("Local/"));
        if (!consulting) {
            throw new org.centrala.common.ConflictException("the phone " + sipUsername + " has no attended transfer under way");
        }
        send(link, new RawAction("CancelAtxfer").with("Channel", phone.getChannel()), "to cancel the transfer");
    }

    @Override
    public String startRecording(String tenantId, String sipUsername, java.util.function.UnaryOperator<String> fileOfChannel) {
        requireDigits(sipUsername, "0");
        AmiLink link = linkOf(tenantId);
        List<org.asteriskjava.manager.event.CoreShowChannelEvent> channels = channels(link);
        org.asteriskjava.manager.event.CoreShowChannelEvent phone = bridgedChannel(channels, sipUsername, "to record");
        if (!recordingChannels(link, channels, phone).isEmpty()) {
            throw new org.centrala.common.ConflictException("the call of the phone " + sipUsername + " is recorded already");
        }
        String file = fileOfChannel.apply(phone.getUniqueid());
        if (!SPOOL_FILE.matcher(file).matches() || file.contains("..")) {
            throw new IllegalArgumentException("not a recording file name: " + file);
        }
        if (link.send(new RawAction("MixMonitor").with("Channel", phone.getChannel()).with("File", file)) instanceof ManagerError error) {
            throw callRefused("to record the call", "system: Asterisk guards the MixMonitor action with it", error);
        }
        return file;
    }

    @Override
    public List<String> muteRecording(String tenantId, String sipUsername, boolean muted) {
        requireDigits(sipUsername, "0");
        AmiLink link = linkOf(tenantId);
        List<org.asteriskjava.manager.event.CoreShowChannelEvent> channels = channels(link);
        Map<String, String> recording = recordingChannels(link, channels,
                bridgedChannel(channels, sipUsername, muted ? "whose recording to pause" : "whose recording to resume"));
        if (recording.isEmpty()) {
            throw new org.centrala.common.ConflictException("the call of the phone " + sipUsername + " is not being recorded");
        }
        recording.keySet().forEach(channel -> send(link, new RawAction("MixMonitorMute").with("Channel", channel)
                .with("Direction", "both").with("State", muted ? "1" : "0"), muted ? "to pause the recording" : "to resume the recording"));
        return List.copyOf(recording.values());
    }

    /** A file MixMonitor may write: a plain relative path, nothing the dialplan would expand. */
    private static final java.util.regex.Pattern SPOOL_FILE = java.util.regex.Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_./-]{0,199}");

    /**
     * The channels of the phone's bridge that record, with their files. MixMonitor sets
     * MIXMONITOR_FILENAME on the channel it records; the mute that the PBX reports carries no count,
     * so only those channels are asked to mute.
     */
    private static Map<String, String> recordingChannels(AmiLink link, List<org.asteriskjava.manager.event.CoreShowChannelEvent> channels,
                                                         org.asteriskjava.manager.event.CoreShowChannelEvent phone) {
        Map<String, String> recording = new LinkedHashMap<>();
        channels.stream().filter(c -> phone.getBridgeid().equals(c.getBridgeid()) && c.getChannel() != null).forEach(c -> {
            ManagerResponse answer = link.send(new RawAction("Getvar").with("Channel", c.getChannel())
                    .with("Variable", org.centrala.pbx.internal.model.AmiEvents.RECORDING_FILE));
            String file = answer instanceof ManagerError ? null : answer.getAttribute("Value");
            if (file != null && !file.isBlank()) {
                recording.put(c.getChannel(), file);
            }
        });
        return recording;
    }

    /** A call action; the PBX's refusal becomes a conflict that says what was refused. */
    private static void send(AmiLink link, RawAction action, String what) {
        if (link.send(action) instanceof ManagerError error) {
            throw callRefused(what, error);
        }
    }

    private static void requireDigits(String sipUsername, String exten) {
        if (!PJSIP_PHONE.matcher("PJSIP/" + sipUsername).matches() || !exten.matches("\\+?[0-9]{1,20}")) {
            throw new IllegalArgumentException("not a PJSIP endpoint or not digits: " + sipUsername + ", " + exten);
        }
    }

    /** The PBX's channels now (CoreShowChannels): their names, bridges and applications. */
    private static List<org.asteriskjava.manager.event.CoreShowChannelEvent> channels(AmiLink link) {
        return link.sendForList(new org.asteriskjava.manager.action.CoreShowChannelsAction()).getEvents().stream()
                .filter(org.asteriskjava.manager.event.CoreShowChannelEvent.class::isInstance)
                .map(org.asteriskjava.manager.event.CoreShowChannelEvent.class::cast).toList();
    }

    /** The phone's channel in a bridge, as CoreShowChannels listed it. */
    private static org.asteriskjava.manager.event.CoreShowChannelEvent bridgedChannel(
            List<org.asteriskjava.manager.event.CoreShowChannelEvent> channels, String sipUsername, String what) {
        java.util.regex.Pattern own = java.util.regex.Pattern.compile(phoneChannels(sipUsername));
        return channels.stream().filter(c -> c.getChannel() != null && own.matcher(c.getChannel()).matches()
                        && c.getBridgeid() != null && !c.getBridgeid().isBlank()).findFirst()
                .orElseThrow(() -> new org.centrala.common.ConflictException("the phone " + sipUsername + " is in no call " + what));
    }

    /**
     * The channels of a phone, PJSIP/&lt;endpoint&gt;-&lt;hex&gt;, as a regular expression both Java and
     * Asterisk (POSIX) read alike: the name's '.' and '+' in brackets match themselves.
     */
    private static String phoneChannels(String sipUsername) {
        return "PJSIP/" + sipUsername.replaceAll("([.+])", "[$1]") + "-[0-9a-f]+";
    }

    private static org.centrala.common.ConflictException callRefused(String what, ManagerError error) {
        return callRefused(what, "call", error);
    }

    /** @param writeClass the AMI write class the action needs, as the refusal names it */
    private static org.centrala.common.ConflictException callRefused(String what, String writeClass, ManagerError error) {
        String message = String.valueOf(error.getMessage());
        return new org.centrala.common.ConflictException("the PBX refused " + what + ": " + error.getMessage()
                + (message.contains("Permission denied") ? " (the AMI user needs write = " + writeClass + "; see docs/asterisk.md)"
                : message.contains("attended transfer feature code") ? " (set atxfer in features.conf's [featuremap];"
                + " see docs/asterisk.md)" : ""));
    }

    @Override
    public void queueAdd(String tenantId, QueueMembership membership) {
        QueueAddAction action = new QueueAddAction(membership.queue(), membership.memberInterface(), membership.penalty());
        action.setMemberName(membership.memberName());
        action.setStateInterface(membership.stateInterface());
        action.setPaused(membership.paused());
        if (membership.paused() && membership.reason() != null) {
            action.setReason(membership.reason());
        }
        // app_queue's "Unable to add interface: Already there": the member is where it should be.
        queueAction(tenantId, action, membership.queue(), "Already there");
    }

    @Override
    public void queuePause(String tenantId, String queue, String memberInterface, boolean paused, String reason) {
        QueuePauseAction action = new QueuePauseAction(memberInterface, queue, paused);
        if (paused && reason != null) {
            action.setReason(reason);
        }
        // "Interface not found": not a member of that queue on the PBX, so nothing there to pause or resume.
        queueAction(tenantId, action, queue, "Interface not found");
    }

    @Override
    public void queuePenalty(String tenantId, String queue, String memberInterface, int penalty) {
        queueAction(tenantId, new org.asteriskjava.manager.action.QueuePenaltyAction(memberInterface, penalty, queue), queue);
    }

    @Override
    public void queueRemove(String tenantId, String queue, String memberInterface) {
        // "Not there", or the queue itself gone from queues.conf: already out, which is what was asked.
        queueAction(tenantId, new QueueRemoveAction(queue, memberInterface), queue, "Not there", "No such queue");
    }

    private void queueAction(String tenantId, ManagerAction action, String queue, String... alreadyDone) {
        ManagerResponse answer = linkOf(tenantId).send(action);
        if (answer instanceof ManagerError) {
            String message = answer.getMessage() == null ? "" : answer.getMessage();
            if (java.util.Arrays.stream(alreadyDone).anyMatch(message::contains)) {
                return;
            }
            throw new org.centrala.common.ConflictException("the PBX refused " + action.getAction() + " on queue '" + queue + "': "
                    + message + (message.contains("No such queue") ? " (the queue is not in the PBX's queues.conf; see docs/asterisk.md)" : ""));
        }
    }

    /** Where the node reads each Asterisk's CDR (etc/org.centrala.pbx.cdr-*.cfg); they come and go. */
    private final List<org.centrala.pbx.internal.cdr.CdrSource> cdrSources = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindCdrSource(org.centrala.pbx.internal.cdr.CdrSource source) {
        cdrSources.add(source);
    }

    void unbindCdrSource(org.centrala.pbx.internal.cdr.CdrSource source) {
        cdrSources.remove(source);
    }

    private Optional<org.centrala.pbx.internal.cdr.CdrSource> cdrSourceOf(LinkKey key) {
        return cdrSources.stream().filter(s -> s.serves(key.host(), key.port())).findFirst();
    }

    /** Configuration files through the tenant's link (issue 11, item 2: provisioning). */
    private final AmiConfigFiles configFiles = new AmiConfigFiles(this::linkOf);

    @Override
    public Optional<java.util.List<Section>> read(String tenantId, String file, String category, String filter) {
        return configFiles.read(tenantId, file, category, filter);
    }

    @Override
    public void create(String tenantId, String file) {
        configFiles.create(tenantId, file);
    }

    @Override
    public void update(String tenantId, String file, java.util.List<Edit> edits) {
        configFiles.update(tenantId, file, edits);
    }

    @Override
    public void reload(String tenantId, String module) {
        configFiles.reload(tenantId, module);
    }

    @Override
    public Optional<String> deviceState(String tenantId, String device) {
        return linkOf(tenantId).deviceState(device);
    }

    /**
     * The running link of a tenant. None (a suspended tenant, a refused secret, a PBX record just
     * made) is the tenant's state, not a failure of the node: a conflict that says why.
     */
    private AmiLink linkOf(String tenantId) {
        return runningLinkOf(tenantId).filter(link -> !refused.containsKey(tenantId))
                .orElseThrow(() -> new org.centrala.common.ConflictException("the tenant's PBX is not linked"
                        + (refused.containsKey(tenantId) ? ": " + refused.get(tenantId).lastError()
                        : ": the tenant is not active, or its PBX record is new; see GET /tenants/{id}/pbx/link")));
    }

    /** A tenant whose secret differs from its shared link's: no connection of its own, a reason. */
    private PbxLinkStatus refusedStatus(LinkKey key, String tenantId) {
        PbxLinkStatus before = refused.get(tenantId);
        Instant since = before != null ? before.since() : Instant.now();
        String why = "its AMI secret differs from the one " + key.id() + " already logs in with;"
                + " tenants sharing an AMI user share its secret";
        return new PbxLinkStatus(key.id() + " (tenant " + tenantId + ")", key.host(), key.port(), key.user(),
                List.of(tenantId), LinkState.AUTHENTICATION_FAILED, since, why, since, 0, -1, -1, 0, -1, 0, -1, -1,
                -1, -1);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindAccounts(PbxAccounts service) {
        accountsSlot.bind(service);
    }

    void unbindAccounts(PbxAccounts service) {
        accountsSlot.unbind(service);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindResolver(CallPartyResolver service) {
        resolverSlot.bind(service);
    }

    void unbindResolver(CallPartyResolver service) {
        resolverSlot.unbind(service);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindConsumer(EndedCallConsumer consumer, Map<String, Object> properties) {
        endedCalls.bind(consumerName(properties), consumer, bundleIdOf(properties));
    }

    void unbindConsumer(EndedCallConsumer consumer, Map<String, Object> properties) {
        if (properties.get(EndedCallConsumer.NAME) == null) {
            endedCalls.forget(consumerName(properties)); // it comes back, if at all, under another service id
        } else {
            endedCalls.unbind(consumerName(properties), consumer);
        }
    }

    /** How many ended calls each consumer has not taken yet (the link's health). */
    public Map<String, Long> endedCallsPending() {
        return endedCalls.pending();
    }

    /** A consumer without a name gets one per service: it is then a newcomer again after each update. */
    private static String consumerName(Map<String, Object> properties) {
        Object name = properties.get(EndedCallConsumer.NAME);
        return name != null && !name.toString().isBlank() ? name.toString().strip()
                : "service-" + properties.get(org.osgi.framework.Constants.SERVICE_ID);
    }

    private static long bundleIdOf(Map<String, Object> properties) {
        Object id = properties.get(org.osgi.framework.Constants.SERVICE_BUNDLEID);
        return id instanceof Number number ? number.longValue() : -1;
    }
}
