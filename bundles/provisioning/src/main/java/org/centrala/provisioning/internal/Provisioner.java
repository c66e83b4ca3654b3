package org.centrala.provisioning.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.centrala.common.ConflictException;
import org.centrala.common.NotFoundException;
import org.centrala.common.PageRequest;
import org.centrala.common.UnavailableException;
import org.centrala.directory.SipAccount;
import org.centrala.directory.SipAccounts;
import org.centrala.pbx.PbxConfigFiles;
import org.centrala.provisioning.internal.ProvisioningStatus.ProvisioningState;
import org.centrala.queues.Queue;
import org.centrala.queues.QueueService;
import org.centrala.tenancy.PbxAccount;
import org.centrala.tenancy.PbxAccounts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps every linked tenant's PBX configuration as its directory and queues say (issue 11, item 2).
 * Every {@code checkSeconds} it compares, in the database only, what each tenant should have with
 * what was last written, and writes the difference; every {@code driftCheckSeconds} it also reads
 * the files back to find drift. All passes run on one thread, so no two write one tenant's files.
 */
@Component(service = Provisioner.class, configurationPid = "org.centrala.provisioning")
@Designate(ocd = ProvisioningConfig.class)
public class Provisioner {
    private static final Logger LOG = LoggerFactory.getLogger(Provisioner.class);

    private final PbxAccounts accounts;
    private final SipAccounts devices;
    private final TenantReconciler reconciler;
    private final PbxConfigFiles pbx;
    private final ProvisionedUnits store;
    private volatile QueueService queues;
    private final Map<String, ProvisioningStatus> statuses = new ConcurrentHashMap<>();
    private final Map<String, Long> lastRead = new ConcurrentHashMap<>();
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "centrala-provisioning");
        t.setDaemon(true);
        return t;
    });
    private volatile ProvisioningSettings settings;
    private ScheduledFuture<?> schedule;

    private final org.centrala.common.ActorContext actors;
    private final FastAgiAddress fastAgi;

    @Activate
    public Provisioner(@Reference PbxAccounts accounts, @Reference SipAccounts devices, @Reference PbxConfigFiles pbx,
                       @Reference ProvisionedUnits store, @Reference org.centrala.common.ActorContext actors,
                       @Reference org.osgi.service.cm.ConfigurationAdmin configAdmin, ProvisioningConfig config) {
        this.actors = actors;
        this.fastAgi = new FastAgiAddress(configAdmin);
        this.accounts = accounts;
        this.devices = devices;
        this.reconciler = new TenantReconciler(pbx, store);
        this.pbx = pbx;
        this.store = store;
        apply(config);
    }

    /** New settings apply from the next pass; a new agiUrl, realm or codecs rewrite what they change. */
    @Modified
    synchronized void apply(ProvisioningConfig config) {
        settings = ProvisioningSettings.of(config);
        lastRead.clear();
        if (schedule != null) {
            schedule.cancel(false);
        }
        schedule = worker.scheduleWithFixedDelay(this::passQuietly, 0, settings.checkSeconds(), TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() {
        worker.shutdown();
        try {
            worker.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindQueues(QueueService service) {
        queues = service;
    }

    void unbindQueues(QueueService service) {
        if (queues == service) {
            queues = null;
        }
    }

    /** The tenant's state as the last pass found it. */
    public ProvisioningStatus status(String tenantId) {
        PbxAccount account = account(tenantId);
        if (!settings.enabled()) {
            return disabled(account);
        }
        return Optional.ofNullable(statuses.get(tenantId)).orElseGet(() -> new ProvisioningStatus(tenantId, account.agiContext(),
                ProvisioningState.PENDING, null, null, null, List.of(), List.of()));
    }

    /** Runs a pass for the tenant now, reading its files back; with {@code repair}, drift is overwritten. */
    public ProvisioningStatus sync(String tenantId, boolean repair) {
        PbxAccount account = account(tenantId);
        if (!settings.enabled()) {
            throw new ConflictException("provisioning is off on this node (enabled = false in etc/org.centrala.provisioning.cfg)");
        }
        // The pass runs on the provisioning thread; its audit entries name whoever asked for it (R9).
        String actor = actors.current();
        Future<ProvisioningStatus> pass = worker.submit(() -> {
            try (org.centrala.common.ActorContext.Scope scope = actors.actAs(actor)) {
                return pass(account, true, repair, effectiveSettings());
            }
        });
        try {
            return pass.get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnavailableException("interrupted", 5);
        } catch (TimeoutException e) {
            throw new UnavailableException("the PBX did not finish in 60 s; the pass goes on, see GET .../pbx/provisioning", 10);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /**
     * The endpoints of the PBX's pjsip.conf whose context is the tenant's and that are no device of
     * its: an endpoint in another context is another tenant's or the operator's, and is not shown (R1).
     */
    public List<AdoptableEndpoint> adoptable(String tenantId) {
        PbxAccount account = account(tenantId);
        java.util.Set<String> known = devices.of(tenantId, settings.realm()).stream().map(SipAccount::sipUsername)
                .collect(java.util.stream.Collectors.toSet());
        return pbx.read(tenantId, "pjsip.conf", null, "type=endpoint").orElse(List.of()).stream()
                .filter(e -> account.agiContext().equals(e.value("context")) && !known.contains(e.name()))
                .map(e -> new AdoptableEndpoint(e.name(), e.value("callerid"), e.value("aors"))).distinct().toList();
    }

    /** Adopts an endpoint {@link #adoptable} lists as a device of the tenant. */
    public org.centrala.directory.Device adopt(String tenantId, AdoptionRequest request) {
        String endpoint = org.centrala.web.Bodies.required(request).endpoint();
        if (request.device() == null) {
            throw new org.centrala.common.ValidationException("device", "is required: the device's kind, label and owner");
        }
        if (adoptable(tenantId).stream().noneMatch(e -> e.endpoint().equals(endpoint))) {
            throw new org.centrala.common.ValidationException("endpoint", "is not an endpoint of the PBX's pjsip.conf in the tenant's"
                    + " context that no device has (GET .../pbx/provisioning/adoptable-endpoints)");
        }
        return devices.adopt(tenantId, endpoint, request.device());
    }

    private PbxAccount account(String tenantId) {
        return accounts.all().stream().filter(a -> a.tenantId().equals(tenantId)).findFirst()
                .orElseThrow(() -> new NotFoundException("PbxLink", tenantId));
    }

    private void passQuietly() {
        if (!settings.enabled()) {
            return;
        }
        long now = System.nanoTime();
        ProvisioningSettings effective = effectiveSettings();
        for (PbxAccount account : accounts.all()) {
            Long read = lastRead.get(account.tenantId());
            boolean readPbx = read == null || now - read >= Duration.ofSeconds(settings.driftCheckSeconds()).toNanos();
            try {
                pass(account, readPbx, false, effective);
            } catch (RuntimeException e) {
                // pass() has put the reason in the tenant's status; the next pass tries again.
                LOG.debug("Provisioning of tenant {} failed: {}", account.tenantId(), e.toString());
            }
        }
    }

    /** The settings with the AGI URL to write, read once per round (the FastAGI server's may have changed). */
    private ProvisioningSettings effectiveSettings() {
        ProvisioningSettings now = settings;
        return now.withAgiUrl(fastAgi.url(now.agiUrl()));
    }

    private ProvisioningStatus pass(PbxAccount account, boolean readPbx, boolean repair, ProvisioningSettings effective) {
        String tenantId = account.tenantId();
        ProvisioningStatus before = statuses.get(tenantId);
        try {
            if (!TenantFiles.isSafe(account.agiContext())) {
                throw new ConflictException("the dialplan context '" + account.agiContext() + "' cannot name a file;"
                        + " use letters, digits, '_' and '-'");
            }
            List<SipAccount> sip = devices.of(tenantId, effective.realm());
            QueueService queueService = queues;
            List<Queue> tenantQueues = queueService == null ? List.of()
                    : queueService.list(tenantId, null, PageRequest.first(PageRequest.MAX_SIZE)).items();
            ProvisioningStatus status = reconciler.run(tenantId, account.agiContext(),
                    new DesiredState(effective).of(account.agiContext(), sip, tenantQueues), sip, readPbx, repair, before);
            if (readPbx) {
                lastRead.put(tenantId, System.nanoTime());
            }
            report(before, status);
            statuses.put(tenantId, status);
            return status;
        } catch (RuntimeException e) {
            // The PBX away or refusing is the tenant's state; anything else is Centrala's own failure.
            boolean ours = !(e instanceof ConflictException || e instanceof UnavailableException);
            String problem = ours ? "Centrala failed to provision this tenant (" + e + "); see the node's log" : e.getMessage();
            ProvisioningStatus failed = new ProvisioningStatus(tenantId, account.agiContext(), ProvisioningState.FAILED,
                    store.now(), before == null ? null : before.pbxReadAt(), problem,
                    before == null ? List.of() : before.files(), before == null ? List.of() : before.units());
            if (ours && (before == null || !problem.equals(before.problem()))) {
                LOG.error("Provisioning of tenant {} failed", tenantId, e);
            } else {
                report(before, failed);
            }
            statuses.put(tenantId, failed);
            throw e;
        }
    }

    /** A PBX going away or refusing is the tenant's state, said once at INFO when it changes, never a stack trace. */
    private static void report(ProvisioningStatus before, ProvisioningStatus now) {
        ProvisioningState was = before == null ? null : before.state();
        String problemBefore = before == null ? null : before.problem();
        if (was != now.state() || !java.util.Objects.equals(problemBefore, now.problem())) {
            LOG.info("Provisioning of tenant {} (context {}): {}{}", now.tenantId(), now.dialplanContext(), now.state(),
                    now.problem() == null ? "" : ": " + now.problem());
        }
    }

    private ProvisioningStatus disabled(PbxAccount account) {
        return new ProvisioningStatus(account.tenantId(), account.agiContext(), ProvisioningState.DISABLED, null, null,
                "provisioning is off on this node (enabled = false in etc/org.centrala.provisioning.cfg)", List.of(), List.of());
    }
}
