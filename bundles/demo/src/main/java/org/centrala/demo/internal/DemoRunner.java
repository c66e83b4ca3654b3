package org.centrala.demo.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.centrala.common.ActorContext;
import org.centrala.directory.DeviceService;
import org.centrala.directory.UserService;
import org.centrala.licensing.DevicePackService;
import org.centrala.licensing.LicenceService;
import org.centrala.pbx.LinkState;
import org.centrala.pbx.PbxLinks;
import org.centrala.queues.Agent;
import org.centrala.queues.AgentService;
import org.centrala.queues.AgentState;
import org.centrala.queues.QueueService;
import org.centrala.recording.RecordingPolicies;
import org.centrala.recording.RecordingPolicy;
import org.centrala.security.CredentialService;
import org.centrala.tenancy.DepartmentService;
import org.centrala.tenancy.PbxSettings;
import org.centrala.tenancy.ResellerService;
import org.centrala.tenancy.TenantService;
import org.centrala.testpbx.TestPbx;
import org.centrala.testpbx.TrafficPlan;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.centrala.common.HealthIndicator;

/**
 * Runs the demo once its test PBX is up (the one {@link DemoSwitch} configured, found by its
 * marker): makes sure the demo company exists and points at that PBX, then starts the call flow.
 * Seeding runs on a thread of its own so that component activation stays quick. Outside the demo
 * it waits for that PBX for ever, by design, so it never holds back the node's readiness.
 */
@Component(configurationPid = DemoConfig.PID, configurationPolicy = ConfigurationPolicy.REQUIRE,
        property = HealthIndicator.GATES_READINESS + ":Boolean=false")
public final class DemoRunner {
    static final String DEMO_ACTOR = "system:demo";
    private static final Duration BREAK_EVERY = Duration.ofSeconds(40);
    private static final String BREAK = "Break";
    private static final Logger LOG = LoggerFactory.getLogger(DemoRunner.class);

    private final TestPbx pbx;
    private final AgentService agents;
    private boolean stopped; // guarded by this
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread t = new Thread(runnable, "centrala-demo");
        t.setDaemon(true);
        return t;
    });
    private final ActorContext actors;
    private volatile RecordingPolicies recording;
    /** The demo tenant, once seeded: a recording bundle that comes later still sets its policy. */
    private volatile String demoTenantId;
    private final Random random = new Random();

    @Activate
    public DemoRunner(DemoConfig config,
                      @Reference(target = "(" + DemoSwitch.MARKER + "=true)") Map.Entry<Map<String, Object>, TestPbx> pbx,
                      @Reference ActorContext actors,
                      @Reference ResellerService resellers, @Reference TenantService tenants,
                      @Reference DepartmentService departments, @Reference UserService users,
                      @Reference DeviceService devices, @Reference LicenceService licences,
                      @Reference DevicePackService devicePacks, @Reference CredentialService credentials,
                      @Reference PbxLinks links, @Reference QueueService queues, @Reference AgentService agents) {
        this.agents = agents;
        this.actors = actors;
        this.pbx = pbx.getValue();
        if (!config.enabled()) {
            // The demo's PBX may still run for a moment at a start without the demo, until
            // DemoSwitch has deleted its configuration: no calls for that moment.
            return;
        }
        DemoSeeder seeder = new DemoSeeder(resellers, tenants, departments, users, devices, licences, devicePacks,
                credentials, queues, Clock.systemUTC());
        PbxSettings settings = new PbxSettings("127.0.0.1", this.pbx.port(), DemoSwitch.AMI_USER,
                (String) pbx.getKey().get("secret"), DemoCompany.CONTEXT, DemoCompany.TRUNK);
        Duration interval = Duration.ofSeconds(Math.max(1, config.callIntervalSeconds()));
        thread.execute(() -> start(actors, seeder, settings, interval, links));
    }

    private void start(ActorContext actors, DemoSeeder seeder, PbxSettings settings, Duration interval,
                       PbxLinks links) {
        DemoSeeder.Seeded seeded;
        try (ActorContext.Scope scope = actors.actAs(DEMO_ACTOR)) {
            seeded = seeder.ensure(settings);
        } catch (RuntimeException e) {
            LOG.error("Demo mode: the demo company could not be set up, so no demo calls are placed", e);
            return;
        }
        demoTenantId = seeded.tenant().id();
        recordQueueCalls(seeded.tenant().id());
        awaitLink(links, seeded.tenant().id());
        // The demo's Asterisk has the queue in its queues.conf; the agents start their shift in it.
        pbx.queue(seeded.queue().pbxName());
        // And a phone its operator set up by hand before Centrala came, waiting to be adopted (issue 11).
        pbx.configFile("pjsip.conf", "#tryinclude \"centrala-*-pjsip.conf\"\n"
                + "[" + DemoCompany.HAND_MADE_ENDPOINT + "]\ntype = endpoint\ncontext = " + DemoCompany.CONTEXT
                + "\ncallerid = \"Reception\" <100>\naors = " + DemoCompany.HAND_MADE_ENDPOINT + "\n"
                + "[" + DemoCompany.HAND_MADE_ENDPOINT + "]\ntype = aor\nmax_contacts = 1\n");
        seeded.supervisorEndpoints().forEach(pbx::register);
        logIn(seeded);
        synchronized (this) {
            if (stopped) {
                return; // deactivated while seeding
            }
            // The PBX's clock scales the interval too (a 10 s interval at time scale 0.2 is 2 s).
            pbx.startTraffic(new TrafficPlan(DemoCompany.CONTEXT, seeded.backOffice(), seeded.queue().pbxName(),
                    seeded.agentEndpoints(), interval, System.nanoTime()));
            // Now and then an agent takes a break, and comes back from it (issue 11: agent states).
            thread.scheduleWithFixedDelay(() -> breakOrReturn(seeded), BREAK_EVERY.toSeconds(), BREAK_EVERY.toSeconds(), TimeUnit.SECONDS);
        }
        LOG.info("Demo mode: tenant '{}' (id {}) takes calls on the test PBX at 127.0.0.1:{}. Its call records: "
                        + "GET /api/v1/tenants/{}/calls as demo-admin@demo / {}, or centrala:call-list {} in the shell",
                seeded.tenant().name(), seeded.tenant().id(), pbx.port(), seeded.tenant().id(), DemoCompany.PASSWORD,
                seeded.tenant().id());
    }

    /**
     * Issue 12: the demo company records its queue calls, unless its administrator chose another
     * policy than the node's default NONE. Recording is a concern of its own, perhaps not installed.
     */
    private void recordQueueCalls(String tenantId) {
        RecordingPolicies policies = recording;
        if (policies == null) {
            return;
        }
        try (ActorContext.Scope scope = actors.actAs(DEMO_ACTOR)) {
            if (policies.tenantPolicy(tenantId) == RecordingPolicy.NONE) {
                policies.setTenantPolicy(tenantId, RecordingPolicy.QUEUE_CALLS);
            }
        } catch (RuntimeException e) {
            LOG.info("Demo mode: the demo company's recording policy could not be set: {}", e.getMessage());
        }
    }

    @Reference(cardinality = org.osgi.service.component.annotations.ReferenceCardinality.OPTIONAL,
            policy = org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC,
            policyOption = org.osgi.service.component.annotations.ReferencePolicyOption.GREEDY)
    void bindRecording(RecordingPolicies policies) {
        recording = policies;
        String tenantId = demoTenantId;
        if (tenantId != null) {
            thread.execute(() -> recordQueueCalls(tenantId));
        }
    }

    void unbindRecording(RecordingPolicies policies) {
        if (recording == policies) {
            recording = null;
        }
    }

    private void logIn(DemoSeeder.Seeded seeded) {
        try (ActorContext.Scope scope = actors.actAs(DEMO_ACTOR)) {
            for (String agent : seeded.agentIds()) {
                agents.logIn(seeded.tenant().id(), agent);
            }
        } catch (RuntimeException e) {
            // The link went away at this moment: the queue calls ring nobody; the demo goes on.
            LOG.info("Demo mode: the agents could not log in to their queue: {}", e.getMessage());
        }
    }

    /**
     * One agent on a break comes back; otherwise one available agent takes a break. Only its own
     * breaks: a pause someone else made (a supervisor's, the agent's) is theirs to end.
     */
    private void breakOrReturn(DemoSeeder.Seeded seeded) {
        String tenantId = seeded.tenant().id();
        try (ActorContext.Scope scope = actors.actAs(DEMO_ACTOR)) {
            List<Agent> now = seeded.agentIds().stream().map(id -> agents.get(tenantId, id)).toList();
            List<Agent> onBreak = now.stream().filter(a -> BREAK.equals(a.pauseReason())).toList();
            if (!onBreak.isEmpty()) {
                agents.resume(tenantId, onBreak.get(0).userId());
                return;
            }
            List<Agent> free = now.stream().filter(a -> a.state() == AgentState.AVAILABLE).toList();
            if (!free.isEmpty()) {
                agents.pause(tenantId, free.get(random.nextInt(free.size())).userId(), BREAK);
            }
        } catch (RuntimeException e) {
            LOG.debug("Demo mode: no break this time: {}", e.getMessage());
        }
    }

    /**
     * The first calls wait for Centrala's link to the PBX (it looks for new PBX records every few
     * seconds): a call that began before would be known only from the reconnect snapshot, without
     * its queue or its answer time, which is true to life but a poor first impression.
     */
    private void awaitLink(PbxLinks links, String tenantId) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && !Thread.currentThread().isInterrupted()) {
            if (links.forTenant(tenantId).map(s -> s.state() == LinkState.CONNECTED).orElse(false)) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        LOG.warn("Demo mode: the PBX link of the demo tenant is not connected after 60 s; placing calls anyway");
    }

    @Deactivate
    void deactivate() {
        // Under the lock: traffic either started before (and is stopped below) or never starts.
        synchronized (this) {
            stopped = true;
            pbx.stopTraffic();
        }
        thread.shutdownNow();
        try {
            thread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
