package org.centrala.testpbx.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.centrala.testpbx.RingTarget;
import org.centrala.testpbx.TestPbx;
import org.centrala.testpbx.TrafficPlan;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The test PBX: AMI server, simulator and scenarios put together. Usable with or without OSGi:
 * as a DS component it starts only when configured (etc/org.centrala.testpbx.cfg, or the demo
 * mode's configuration), so tests and the demo have it and a production container does not. It has
 * no {@code @Modified}: any change of configuration restarts it, as a new port or account needs.
 */
@Component(service = TestPbx.class, configurationPid = "org.centrala.testpbx",
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = TestPbxServer.Config.class)
public final class TestPbxServer implements TestPbx, AutoCloseable {

    @ObjectClassDefinition(name = "Centrala test PBX", description = "An AMI-speaking stand-in for Asterisk 20")
    public @interface Config {
        @AttributeDefinition(description = "Address to listen on")
        String bindAddress() default "127.0.0.1";

        @AttributeDefinition(description = "AMI port; 0 takes a free one")
        int port() default 0;

        @AttributeDefinition(description = "AMI user name")
        String username() default "centrala";

        @AttributeDefinition(description = "AMI secret", type = AttributeType.PASSWORD)
        String secret() default "centrala";

        @AttributeDefinition(description = "Factor applied to every delay of a scenario (1 = real time)")
        double timeScale() default 1.0;

        @AttributeDefinition(description = "Host of the FastAGI server the dialplan's AGI() reaches (Centrala's)")
        String agiHost() default "127.0.0.1";

        @AttributeDefinition(description = "Port of that FastAGI server")
        int agiPort() default 4573;

        @AttributeDefinition(description = "Queues as queues.conf would define them (QueueAdd adds members to these)")
        String[] queues() default {};

        @AttributeDefinition(required = false, description = "The PBX's monitor spool folder, where MixMonitor's recordings"
                + " are written as WAV files; empty: named under /var/spool/asterisk/monitor, not written")
        String monitorFolder() default "";
    }

    private static final System.Logger LOG = System.getLogger(TestPbxServer.class.getName());

    private final PbxClock clock = new PbxClock();
    private final AmiServer server;
    private final Simulator sim;
    private final QueueBook queues = new QueueBook();
    private final Scenarios scenarios;
    private final AtomicLong generation = new AtomicLong();
    private final Set<Script> running = ConcurrentHashMap.newKeySet();
    private final long bootMillis = System.currentTimeMillis();
    private volatile double timeScale;
    private volatile Traffic traffic;
    private volatile java.net.InetSocketAddress fastAgi = java.net.InetSocketAddress.createUnresolved("127.0.0.1", 4573);
    private final Map<String, org.centrala.testpbx.Answering> phones = new ConcurrentHashMap<>();
    private final List<org.centrala.testpbx.SpyView> spies = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final ConfigStore configStore = new ConfigStore();
    private final ConfigActions configActions = new ConfigActions(configStore);
    private final List<String> configChanges = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** What res_pjsip and pbx_config loaded at their last reload (clock thread writes, readers copy). */
    private volatile Map<String, Map<String, String>> pjsipObjects = Map.of();
    private volatile Map<String, List<String>> dialplan = Map.of();

    public TestPbxServer(String bindAddress, int port, String username, String secret, double timeScale) {
        AmiActions actions = new AmiActions(username, secret);
        this.server = new AmiServer(bindAddress, port, actions);
        this.sim = new Simulator(server::broadcast);
        sim.queues(queues);
        this.scenarios = new Scenarios(clock, sim, queues, generation::get);
        this.timeScale = timeScale;
        actions.attach(this);
    }

    @Activate
    public TestPbxServer(Config config) {
        this(config.bindAddress(), config.port(), config.username(), config.secret(), config.timeScale());
        fastAgi(config.agiHost(), config.agiPort());
        if (!config.monitorFolder().isBlank()) {
            monitorFolder(java.nio.file.Path.of(config.monitorFolder().strip()));
        }
        for (String queue : config.queues()) {
            if (!queue.isBlank()) {
                queue(queue.strip());
            }
        }
        start();
    }

    /** Starts listening; returns this for chaining. */
    public TestPbxServer start() {
        try {
            server.open();
        } catch (IOException e) {
            throw new UncheckedIOException("The test PBX cannot listen: " + e.getMessage(), e);
        }
        return this;
    }

    PbxClock clock() {
        return clock;
    }

    Simulator sim() {
        return sim;
    }

    long uptimeSeconds() {
        return (System.currentTimeMillis() - bootMillis) / 1000;
    }

    @Override
    public int port() {
        return server.port();
    }

    @Override
    public double timeScale() {
        return timeScale;
    }

    @Override
    public void setTimeScale(double scale) {
        if (!(scale > 0)) {
            throw new IllegalArgumentException("The time scale must be positive, was " + scale);
        }
        this.timeScale = scale;
    }

    @Override
    public void register(String endpoint) {
        clock.execute(() -> sim.registered(endpoint, "127.0.0.1:5060"));
    }

    @Override
    public CallRun internalCall(String fromEndpoint, String toEndpoint, Duration talk) {
        return track(scenarios.internalCall(timeScale, fromEndpoint, toEndpoint, talk));
    }

    @Override
    public CallRun inboundCall(String callerNumber, String context, String dialledNumber, List<RingTarget> ringPlan,
                               int answerStep, Duration talk) {
        if (ringPlan.isEmpty()) {
            throw new IllegalArgumentException("A ring plan needs at least one step");
        }
        return track(scenarios.inboundCall(timeScale, callerNumber, context, dialledNumber, ringPlan, answerStep,
                talk));
    }

    @Override
    public void fastAgi(String host, int port) {
        fastAgi = new java.net.InetSocketAddress(host, port);
    }

    @Override
    public void answering(String endpointOrNumber, org.centrala.testpbx.Answering how) {
        phones.put(endpointOrNumber, how);
    }

    @Override
    public CallRun dialIn(String fromEndpoint, String callerNumber, String context, String dialled) {
        SimChannel caller = clock.call(() -> {
            SimChannel channel = sim.sipChannel(fromEndpoint, SimChannel.RING, callerNumber,
                    fromEndpoint.equals("trunk") ? "<unknown>" : "Phone " + fromEndpoint, context, dialled, null);
            // The tenant's one dialplan line: exten => _X.,1,AGI(agi://<centrala>:4573/route)
            sim.newExten(channel, "AGI", "agi://" + agiOf(context).getHostString() + ":" + agiOf(context).getPort() + "/route");
            return channel;
        });
        AgiCall call = startAgi(caller, context, dialled);
        return new CallRun() {
            @Override
            public String linkedId() {
                return caller.linkedId;
            }

            @Override
            public CompletableFuture<Void> finished() {
                return call.finished;
            }

            @Override
            public CompletableFuture<Void> answered() {
                return call.answered;
            }
        };
    }

    /**
     * Where the context's dialplan sends calls: the AGI() of its loaded dialplan (a provisioned
     * {@code exten => _X.,1,AGI(agi://host:port/route)}), else the configured FastAGI server.
     */
    private java.net.InetSocketAddress agiOf(String context) {
        for (String line : dialplan.getOrDefault(context, List.of())) {
            java.util.regex.Matcher agi = java.util.regex.Pattern.compile("AGI\\(agi://([^:/)]+):(\\d+)").matcher(line);
            if (agi.find()) {
                return new java.net.InetSocketAddress(agi.group(1), Integer.parseInt(agi.group(2)));
            }
        }
        return fastAgi;
    }

    /**
     * AMI BlindTransfer (main/manager.c, action_blind_transfer; ast_bridge_transfer_blind): the party
     * bridged with the channel goes to exten@context, where the dialplan hands it to FastAGI again;
     * the transferring channel hangs up. Clock thread; the new session starts on a thread of its own.
     * @return Asterisk's error message, or null when the transfer went through
     */
    String blindTransfer(String channelName, String context, String exten) {
        SimChannel transferer = sim.channel(channelName);
        if (transferer == null) {
            return "Channel specified does not exist";
        }
        SimChannel transferee = Simulator.bridgedWith(transferer);
        if (transferee == null) {
            return "Transfer invalid";
        }
        String target = context == null || context.isEmpty() ? transferer.context : context;
        sim.blindTransfer(transferer, transferee, target, exten);
        transferee.moves++;
        transferee.context = target;
        transferee.exten = exten;
        sim.newExten(transferee, "AGI", "agi://" + agiOf(target).getHostString() + ":" + agiOf(target).getPort() + "/route");
        startAgi(transferee, target, exten);
        return null;
    }

    /** features.conf's [featuremap] atxfer; empty: Atxfer is refused, as on an Asterisk without one. */
    private volatile String atxferCode = "*2";

    @Override
    public void atxferCode(String code) {
        this.atxferCode = code == null ? "" : code;
    }

    /**
     * AMI Atxfer (main/manager.c, action_atxfer): the atxfer feature code and the digits are played
     * into the channel, and the bridge acts on them only for a party that Dial or Queue gave the
     * transfer feature (t or T); for any other the frames are queued all the same and nothing
     * happens. Then, as bridge_basic.c does it, the other party waits with music while the
     * transferer is connected to a Local channel into exten@context, whose ;2 half runs the
     * dialplan (FastAGI). The transferer hanging up completes the transfer; CancelAtxfer, or the
     * target ending the consultation, returns the transferer to the waiting party. Clock thread.
     * @return Asterisk's error message, or null when the frames were queued
     */
    String attendedTransfer(String channelName, String context, String exten) {
        SimChannel transferer = sim.channel(channelName);
        if (transferer == null) {
            return "Channel specified does not exist";
        }
        if (atxferCode.isEmpty()) {
            return "No attended transfer feature code found";
        }
        SimChannel transferee = Simulator.bridgedWith(transferer);
        if (transferee == null || !transferer.mayTransfer || transferer.consultation != null) {
            return null;
        }
        String target = context == null || context.isEmpty() ? transferer.context : context;
        sim.musicOnHold(transferee, true);
        sim.leaveBridge(transferer);
        SimChannel[] local = sim.localPair(exten, target, transferer.callerNum, transferer.callerName, transferer);
        sim.state(local[0], SimChannel.UP);
        sim.bridge(transferer, local[0]);
        SimChannel.Consultation consultation = new SimChannel.Consultation(transferee, local[0], local[1]);
        transferer.consultation = consultation;
        sim.newExten(local[1], "AGI", "agi://" + agiOf(target).getHostString() + ":" + agiOf(target).getPort() + "/route");
        AgiCall session = startAgi(local[1], target, exten);
        session.finished.thenRun(() -> clock.call(() -> {
            endConsultation(transferer, consultation);
            return null;
        }));
        return null;
    }

    /**
     * AMI CancelAtxfer (action_cancel_atxfer): the consultation ends and the transferer is back
     * with the party that waited. Clock thread.
     * @return Asterisk's error message, or null
     */
    String cancelAttendedTransfer(String channelName) {
        SimChannel transferer = sim.channel(channelName);
        if (transferer == null) {
            return "Channel specified does not exist";
        }
        if (transferer.consultation == null) {
            return null; // the abort code is played into the channel and nothing happens
        }
        SimChannel.Consultation consultation = transferer.consultation;
        transferer.consultation = null;
        sim.hangupByAmi(consultation.localTwo.name::equals); // the target's leg ends with it
        sim.hangup(consultation.localOne, 16);
        sim.musicOnHold(consultation.transferee, false);
        sim.leaveBridge(consultation.transferee);
        sim.bridge(transferer, consultation.transferee);
        return null;
    }

    /**
     * The consultation's dialplan session ended: after a completed transfer the transferred call
     * ends with it (the Local channel and the waiting party); before one, the transferer is back
     * with the waiting party, as bridge_basic.c returns it when the target hangs up.
     */
    private void endConsultation(SimChannel transferer, SimChannel.Consultation consultation) {
        if (consultation.completed) {
            if (sim.alive(consultation.localOne)) {
                sim.hangup(consultation.localOne, 16);
            }
            if (sim.alive(consultation.transferee)) { // the transferred party's call ends with the consultation's
                sim.hangupRequest(consultation.transferee, 16, true);
                sim.cdr(consultation.transferee, null, "Dial", "", consultation.transferee.createdMillis, "ANSWERED");
                sim.hangup(consultation.transferee, 16);
            }
        } else if (transferer.consultation == consultation) {
            transferer.consultation = null;
            sim.hangup(consultation.localOne, 16);
            if (sim.alive(transferer) && sim.alive(consultation.transferee)) {
                sim.musicOnHold(consultation.transferee, false);
                sim.leaveBridge(consultation.transferee);
                sim.bridge(transferer, consultation.transferee);
            }
        }
        // Cancelled: CancelAtxfer put the transferer back already.
    }

    /** The context's dialplan line for a channel: a FastAGI session on a thread of its own; phones not set up never answer. */
    private AgiCall startAgi(SimChannel caller, String context, String dialled) {
        AgiCall call = new AgiCall(clock, sim, timeScale, agiOf(context), caller, dialled,
                phone -> phones.getOrDefault(phone, org.centrala.testpbx.Answering.noAnswer()));
        Thread session = new Thread(call, "test-pbx-agi-" + caller.uniqueId + "-" + caller.moves);
        session.setDaemon(true);
        session.start();
        return call;
    }

    ConfigActions configActions() {
        return configActions;
    }

    /**
     * The Reload action for the modules Centrala reloads (answers as recorded from Asterisk 20.20.1):
     * res_pjsip loads pjsip.conf's endpoints, auths and aors; pbx_config extensions.conf's contexts;
     * app_queue queues.conf's queues (dynamic members stay, as app_queue keeps them). Clock thread.
     */
    AmiMessage reload(String module, String actionId) {
        configChanges.add("Reload " + module);
        switch (module.strip()) {
            case "res_pjsip.so" -> {
                Map<String, Map<String, String>> loaded = new java.util.LinkedHashMap<>();
                for (ConfigStore.Category c : configStore.load("pjsip.conf")) {
                    String type = c.get("type");
                    if (!c.template && type != null) {
                        Map<String, String> values = new java.util.LinkedHashMap<>();
                        c.lines.forEach(l -> values.merge(l[0], l[1], (a, b) -> a + "," + b));
                        loaded.put(type + "/" + c.name, Map.copyOf(values));
                    }
                }
                pjsipObjects = Map.copyOf(loaded);
            }
            case "pbx_config.so" -> {
                Map<String, List<String>> loaded = new java.util.LinkedHashMap<>();
                for (ConfigStore.Category c : configStore.load("extensions.conf")) {
                    if (!c.template && !List.of("general", "globals").contains(c.name)) {
                        loaded.computeIfAbsent(c.name, k -> new ArrayList<>())
                                .addAll(c.lines.stream().filter(l -> l[0].equalsIgnoreCase("exten")).map(l -> l[1]).toList());
                    }
                }
                dialplan = Map.copyOf(loaded);
            }
            case "app_queue.so" -> configStore.load("queues.conf").stream()
                    .filter(c -> !c.template && !List.of("general", "global").contains(c.name)).forEach(c -> queues.declare(c.name));
            default -> {
                return AmiMessage.response("Error", actionId).put("Message", "No such module");
            }
        }
        return AmiMessage.response("Success", actionId).put("Message", "Module Reloaded");
    }

    /** Clock thread: what UpdateConfig and CreateConfig wrote, for {@link #configChanges()}. */
    void configChanged(String change) {
        configChanges.add(change);
    }

    @Override
    public void configFile(String name, String text) {
        clock.call(() -> {
            configStore.put(name, text);
            return null;
        });
    }

    @Override
    public Optional<String> configFile(String name) {
        return clock.call(() -> configStore.text(name));
    }

    @Override
    public Optional<Map<String, String>> pjsipObject(String type, String name) {
        return Optional.ofNullable(pjsipObjects.get(type + "/" + name));
    }

    @Override
    public List<String> dialplan(String context) {
        return dialplan.getOrDefault(context, List.of());
    }

    @Override
    public List<String> configChanges() {
        return List.copyOf(configChanges);
    }

    /** An AMI Originate with a ChannelId: the phone rings; answered, its channel runs the dialplan (FastAGI). */
    void originateIntoDialplan(String actionId, String endpoint, String exten, String context, String callerId,
                               String channelId, Duration timeout) {
        java.util.regex.Matcher id = java.util.regex.Pattern.compile("\\s*\"?([^\"<]*)\"?\\s*<([^>]*)>").matcher(callerId);
        String name = id.matches() ? id.group(1).trim() : callerId;
        String number = id.matches() ? id.group(2) : callerId;
        SimChannel phone = clock.call(() -> DialplanOriginate.ring(sim, endpoint, number, name, context, exten, channelId));
        // The user clicked: its own phone answers within a second unless a test says otherwise.
        java.util.function.Function<String, org.centrala.testpbx.Answering> behaviour = target -> phones.getOrDefault(target,
                target.equals(endpoint) ? org.centrala.testpbx.Answering.answersAfter(Duration.ofSeconds(1), Duration.ZERO)
                        : org.centrala.testpbx.Answering.noAnswer());
        Thread session = new Thread(new DialplanOriginate(clock, sim, timeScale, fastAgi, actionId, phone, endpoint, timeout,
                behaviour), "test-pbx-originate-" + channelId);
        session.setDaemon(true);
        session.start();
    }

    @Override
    public CallRun queueCall(String callerNumber, String context, String queue, List<String> agentEndpoints,
                             String answeringAgent, Duration wait, Duration talk) {
        if (agentEndpoints.isEmpty()) {
            throw new IllegalArgumentException("A queue call needs at least one agent");
        }
        return track(scenarios.queueCall(timeScale, callerNumber, context, queue, agentEndpoints, answeringAgent,
                wait, talk));
    }

    /**
     * ChanSpy from a phone: it rings and answers within a second, then listens to the first channel
     * whose name starts with the argument's prefix (ChanSpyStart) until that channel hangs up or a
     * minute passes (scaled). Every such Originate is kept for {@link #spies()}.
     */
    void originateSpy(String actionId, String endpoint, String data, String callerId, String channelId) {
        spies.add(new org.centrala.testpbx.SpyView(endpoint, data));
        String prefix = data.contains(",") ? data.substring(0, data.indexOf(',')) : data;
        SimChannel phone = clock.call(() -> DialplanOriginate.ring(sim, endpoint, "", callerId, "default", "s", channelId));
        Scenarios.Started started = scenarios.spy(timeScale, actionId, phone, prefix, data);
        track(started);
    }

    @Override
    public List<org.centrala.testpbx.SpyView> spies() {
        return List.copyOf(spies);
    }

    @Override
    public CallRun memberQueueCall(String callerNumber, String context, String queue, String answeringEndpoint, Duration wait,
                                   Duration talk) {
        return track(scenarios.memberQueueCall(timeScale, callerNumber, context, queue, answeringEndpoint, wait, talk));
    }

    @Override
    public CallRun originate(String userEndpoint, String destination, String context, Duration talk) {
        return originate(null, userEndpoint, destination, context, talk);
    }

    CallRun originate(String actionId, String userEndpoint, String destination, String context, Duration talk) {
        return track(scenarios.originate(timeScale, actionId, userEndpoint, destination, context, talk));
    }

    private CallRun track(Scenarios.Started started) {
        Script script = started.script();
        running.add(script);
        script.finished.whenComplete((ok, failure) -> {
            running.remove(script);
            started.answered().completeExceptionally(new IllegalStateException(
                    failure != null ? "the PBX restarted before the call was answered" : "nobody answered"));
        });
        return new CallRun() {
            @Override
            public String linkedId() {
                return started.linkedId();
            }

            @Override
            public CompletableFuture<Void> finished() {
                return script.finished;
            }

            @Override
            public CompletableFuture<Void> answered() {
                return started.answered();
            }
        };
    }

    @Override
    public void refuseAmi(Duration period) {
        clock.call(() -> {
            server.shut();
            return null;
        });
        LOG.log(System.Logger.Level.INFO, "Test PBX refusing AMI for {0} ms; calls go on", period.toMillis());
        clock.schedule(this::start, period.toMillis());
    }

    @Override
    public void monitorFolder(java.nio.file.Path folder) {
        clock.call(() -> {
            sim.mixMonitors.folder(folder);
            return null;
        });
    }

    @Override
    public void cdrFile(java.nio.file.Path file) {
        clock.call(() -> {
            sim.cdrFile(file);
            return null;
        });
    }

    @Override
    public void dropConnections() {
        server.dropClients();
    }

    @Override
    public void restart(Duration downtime) {
        clock.call(() -> {
            generation.incrementAndGet();
            new ArrayList<>(running).forEach(Script::cancel);
            sim.vanish();
            queues.forgetCallers();
            server.shut();
            return null;
        });
        LOG.log(System.Logger.Level.INFO, "Test PBX restarting; back in {0} ms", downtime.toMillis());
        clock.schedule(this::start, downtime.toMillis());
    }

    @Override
    public int activeChannels() {
        return clock.call(() -> sim.channels().size());
    }

    List<AmiMessage> coreShowChannels() {
        List<AmiMessage> list = new ArrayList<>();
        long now = System.currentTimeMillis();
        for (SimChannel channel : sim.channels()) {
            long seconds = (now - channel.createdMillis) / 1000;
            AmiMessage item = channel.describe(AmiMessage.event("CoreShowChannel", null), "")
                    .put("Application", channel.application).put("ApplicationData", channel.applicationData)
                    .put("Duration", String.format(java.util.Locale.ROOT, "%02d:%02d:%02d", seconds / 3600,
                            seconds / 60 % 60, seconds % 60))
                    .put("BridgeId", channel.bridge == null ? "" : channel.bridge.id);
            list.add(item);
        }
        return list;
    }

    /** What app_queue would refuse of this member action, as its manager error message; null: it goes through. Clock thread. */
    String queueRefusal(String action, String queue, String memberInterface) {
        return switch (action) {
            case "queueadd" -> queues.dynamicMembers(queue).stream().anyMatch(m -> m.memberInterface.equals(memberInterface))
                    ? "Unable to add interface: Already there"
                    : queues.isDeclared(queue) ? null : "Unable to add interface to queue: No such queue";
            case "queueremove" -> !queues.isDeclared(queue) ? "Unable to remove interface from queue: No such queue"
                    : queues.dynamicMembers(queue).stream().anyMatch(m -> m.memberInterface.equals(memberInterface)) ? null
                    : "Unable to remove interface: Not there";
            default -> queues.entriesOf(memberInterface).stream().anyMatch(m -> queue == null || queue.isEmpty() || m.queue.equals(queue))
                    ? null : "Interface not found";
        };
    }

    /** Clock thread. */
    void queueAdd(String queue, String memberInterface, String name, String stateInterface, int penalty, boolean paused, String reason) {
        if (queues.add(queue, memberInterface, name, stateInterface, penalty, paused, reason) instanceof QueueBook.Member member) {
            member.status = sim.memberStatus(member.stateInterface);
            sim.queueMember("QueueMemberAdded", member);
        }
    }

    /** Clock thread. */
    void queuePause(String queue, String memberInterface, boolean paused, String reason) {
        for (QueueBook.Member member : queues.pause(queue, memberInterface, paused, reason)) {
            sim.pauseDevice(member);
            sim.queueMember("QueueMemberPause", member);
        }
    }

    /** Clock thread. */
    void queuePenalty(String queue, String memberInterface, int penalty) {
        for (QueueBook.Member member : queues.entriesOf(memberInterface)) {
            if (queue == null || queue.isEmpty() || member.queue.equals(queue)) {
                member.penalty = penalty;
                sim.queueMember("QueueMemberPenalty", member);
            }
        }
    }

    /** Clock thread. */
    void queueRemove(String queue, String memberInterface) {
        if (queues.remove(queue, memberInterface) instanceof QueueBook.Member member) {
            sim.queueMember("QueueMemberRemoved", member);
        }
    }

    @Override
    public void queue(String name) {
        clock.call(() -> {
            queues.declare(name);
            return null;
        });
    }

    @Override
    public void removeMemberUnheard(String queue, String memberInterface) {
        clock.call(() -> queues.remove(queue, memberInterface));
    }

    @Override
    public void pauseMember(String memberInterface, boolean paused, String reason) {
        clock.call(() -> {
            queuePause(null, memberInterface, paused, reason);
            return null;
        });
    }

    @Override
    public List<org.centrala.testpbx.QueueMemberView> queueMembers(String queue) {
        return clock.call(() -> queues.dynamicMembers(queue).stream().map(m -> new org.centrala.testpbx.QueueMemberView(m.queue,
                m.memberInterface, m.name, m.penalty, m.paused, m.reason.isEmpty() ? null : m.reason)).toList());
    }

    List<AmiMessage> queueStatus(String queue) {
        return queues.status(queue);
    }

    List<AmiMessage> deviceStateList() {
        List<AmiMessage> list = new ArrayList<>();
        for (Map.Entry<String, String> device : sim.deviceStates().entrySet()) {
            list.add(AmiMessage.event("DeviceStateChange", null).put("Device", device.getKey())
                    .put("State", device.getValue()));
        }
        return list;
    }

    @Override
    public synchronized void startTraffic(TrafficPlan plan) {
        stopTraffic();
        traffic = new Traffic(this, plan);
        traffic.start();
    }

    @Override
    public synchronized void stopTraffic() {
        if (traffic != null) {
            traffic.stop();
            traffic = null;
        }
    }

    @Override
    @Deactivate
    public void close() {
        stopTraffic();
        server.close();
        clock.close();
    }
}
