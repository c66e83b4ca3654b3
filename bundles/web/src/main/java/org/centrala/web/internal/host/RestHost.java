package org.centrala.web.internal.host;

import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import org.apache.cxf.Bus;
import org.apache.cxf.bus.CXFBusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.apache.cxf.jaxrs.lifecycle.SingletonResourceProvider;
import org.centrala.common.HealthIndicator;
import org.centrala.common.PartHealth;
import org.centrala.web.PublicResource;
import org.centrala.web.RestResource;
import org.centrala.web.internal.ActorScopeFilter;
import org.centrala.web.internal.CallerFilter;
import org.centrala.web.internal.EntityTagFilter;
import org.centrala.web.internal.OpenApiResource;
import org.centrala.web.internal.access.AccessFilter;
import org.centrala.web.internal.problem.UnknownQueryParameterFilter;
import org.centrala.web.internal.json.JsonMapper;
import org.centrala.web.internal.problem.BadUrlEncodingMapper;
import org.centrala.web.internal.problem.ClientAbortWriterInterceptor;
import org.centrala.web.internal.problem.DomainExceptionMapper;
import org.centrala.web.internal.problem.JsonInputExceptionMapper;
import org.centrala.web.internal.problem.UnexpectedExceptionMapper;
import org.centrala.web.internal.problem.UnreadableRequestMapper;
import org.centrala.web.internal.problem.WebApplicationExceptionMapper;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;
import org.osgi.framework.ServiceObjects;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The REST API at {@value #ADDRESS}: a whiteboard of the {@link RestResource} services that
 * concerns and plugins register. The host knows no concern; it owns authentication,
 * authorization, JSON, problem answers and the OpenAPI document, and serves whatever resources
 * are registered.
 *
 * <p>Each change of the resource set builds a new server generation (a CXF server on a bus of
 * its own, with fresh instances of every prototype-scoped resource) and switches the address to
 * it in one step ({@link HostedAddress}); the previous generation finishes its requests and is
 * released. A resource that goes away while its bundle stays installed leaves a
 * {@link Tombstone}: its paths answer 503 until it is back, and are forgotten when the bundle is
 * uninstalled.
 */
@Component(immediate = true, service = HealthIndicator.class, property = HealthIndicator.PART + "=rest")
public class RestHost implements BundleListener, HealthIndicator {
    static final String ADDRESS = "/api/v1";
    private static final Logger LOG = LoggerFactory.getLogger(RestHost.class);
    /** How long a retired generation may finish its requests before it is released. */
    private static final Duration DRAIN = Duration.ofSeconds(10);
    /** Registrations that arrive together (a bundle starting several resources) make one generation. */
    private static final long SETTLE_MILLIS = 50;
    /** How soon a resource whose instance could not be had is tried again. */
    private static final long RETRY_MILLIS = 1000;
    /** How long a scheduled rebuild waits at most for bundles that are stopping (see {@link #rebuildWhenSettled}). */
    private static final int MOST_DEFERRALS = 200;

    /** Guarded by itself: registered resources in registration order, and tombstones by bundle and class. */
    private final Map<ServiceReference<RestResource>, Bundle> registered = new LinkedHashMap<>();
    private final Map<String, TombstoneEntry> tombstones = new LinkedHashMap<>();
    /** The class each registration was served as, learnt when a generation got its instance. */
    private final Map<ServiceReference<RestResource>, Class<?>> servedClasses = new HashMap<>();
    private final SerialWorker builder = new SerialWorker("centrala-rest-host", DRAIN.multipliedBy(2));
    /** Releases retired generations once their requests are done, so that building the next never waits for them. */
    private final ExecutorService retirer = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "centrala-rest-retirer");
        thread.setDaemon(true);
        return thread;
    });
    /** The generation serving now; confined to the builder thread. */
    private Generation current;
    /** How often the pending rebuild waited for a stopping bundle; confined to the builder thread. */
    private int deferrals;

    @Reference
    private HostServices services;

    private BundleContext context;
    /** Owns the address's destination for as long as the host runs; generations come and go on buses of their own. */
    private Bus hostBus;
    private volatile HostedAddress address;
    private boolean rebuildPending;

    @Activate
    void activate(BundleContext bundleContext) throws Exception {
        synchronized (registered) {
            context = bundleContext;
        }
        context.addBundleListener(this);
        builder.runAndWait(() -> rebuild(() -> false));
        LOG.info("REST API published at {}", ADDRESS);
    }

    @Deactivate
    void deactivate() throws Exception {
        BundleContext ours;
        synchronized (registered) {
            // Resources unbound after this (DS unbinds after deactivating) find the host gone and return.
            ours = context;
            context = null;
        }
        ours.removeBundleListener(this);
        builder.runAndWait(() -> {
            if (address != null) {
                address.close();
                address = null;
            }
            if (hostBus != null) {
                hostBus.shutdown(false);
                hostBus = null;
            }
        });
        builder.close();
        retirer.shutdown();
        LOG.info("REST API at {} withdrawn", ADDRESS);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addResource(ServiceReference<RestResource> reference) {
        synchronized (registered) {
            registered.put(reference, reference.getBundle());
        }
        scheduleRebuild();
    }

    /**
     * Runs while the service is being unregistered, so it returns only once no new request can
     * reach the departing resource and the requests it was serving have finished: the bundle's
     * components are deactivated after that.
     */
    void removeResource(ServiceReference<RestResource> reference) {
        boolean active;
        Class<?> served;
        synchronized (registered) {
            Bundle bundle = registered.remove(reference);
            served = servedClasses.remove(reference);
            if (bundle != null && served != null && bundle.getState() != Bundle.UNINSTALLED) {
                tombstones.put(key(bundle.getBundleId(), served), new TombstoneEntry(bundle.getBundleId(), served));
            }
            active = context != null;
        }
        if (!active) {
            return;
        }
        AtomicReference<Generation> previous = new AtomicReference<>();
        try {
            builder.runAndWait(() -> {
                previous.set(current);
                rebuild(() -> false);
            });
            // Only this resource's own requests are waited for: others may be waiting for its bundle.
            if (previous.get() != null && served != null && !previous.get().awaitIdle(served, DRAIN)) {
                LOG.info("Requests to {} still running after {} s; its bundle goes on stopping", served.getSimpleName(), DRAIN.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.warn("REST API could not be rebuilt after a resource left: {}", e.toString());
        }
    }

    /** An uninstalled bundle's resources are gone for good: no more 503 for them. */
    @Override
    public void bundleChanged(BundleEvent event) {
        if (event.getType() != BundleEvent.UNINSTALLED) {
            return;
        }
        boolean removed;
        synchronized (registered) {
            removed = tombstones.values().removeIf(t -> t.bundleId() == event.getBundle().getBundleId());
        }
        if (removed) {
            scheduleRebuild();
        }
    }

    private void scheduleRebuild() {
        scheduleRebuild(SETTLE_MILLIS);
    }

    private void scheduleRebuild(long delayMillis) {
        synchronized (registered) {
            if (context == null || rebuildPending) {
                return;
            }
            rebuildPending = true;
        }
        builder.later(this::rebuildWhenSettled, delayMillis);
    }

    /**
     * A scheduled rebuild waits while a bundle is stopping, and gives way if one starts stopping
     * while it asks for the resources. The stop takes down, one by one, the components of other
     * bundles that need its services (a tenancy update takes down resources of provisioning,
     * statistics and the event stream); asking for such a resource in the middle makes its component
     * fail to activate and Felix log an ERROR ("Service factory returned null"), for a resource that
     * is about to leave anyway. Meanwhile the current generation goes on serving. Bounded: a bundle
     * that never finishes stopping holds no other resource back for more than ten seconds.
     */
    private void rebuildWhenSettled() {
        if (rebuild(() -> deferrals < MOST_DEFERRALS && aBundleIsStopping())) {
            deferrals = 0;
            return;
        }
        deferrals++;
        synchronized (registered) {
            rebuildPending = true;
        }
        builder.later(this::rebuildWhenSettled, SETTLE_MILLIS);
    }

    private boolean aBundleIsStopping() {
        BundleContext ours;
        synchronized (registered) {
            ours = context;
        }
        if (ours == null) {
            return false;
        }
        for (Bundle bundle : ours.getBundles()) {
            if (bundle.getState() == Bundle.STOPPING) {
                return true;
            }
        }
        return false;
    }

    /** Up once every registered resource is served and none stands in as unavailable. */
    @Override
    public PartHealth health() {
        synchronized (registered) {
            if (address == null) {
                return PartHealth.down("not published yet");
            }
            long waiting = registered.keySet().stream().filter(reference -> !servedClasses.containsKey(reference)).count();
            if (rebuildPending || waiting > 0) {
                return PartHealth.down("publishing " + Math.max(waiting, 1) + " new resource(s)");
            }
            if (!tombstones.isEmpty()) {
                return PartHealth.down("unavailable while their bundles are away: " + tombstones.values().stream()
                        .map(t -> t.type().getSimpleName()).sorted().collect(java.util.stream.Collectors.joining(", ")));
            }
            return PartHealth.up(servedClasses.size() + " resources served at " + ADDRESS);
        }
    }

    /**
     * Builds a generation from the registrations as they are now and serves it. Runs on the builder
     * thread only.
     *
     * @param giveWay asked before each resource: true abandons this generation (the current one
     *                goes on serving)
     * @return false if it gave way
     */
    private boolean rebuild(BooleanSupplier giveWay) {
        List<ServiceReference<RestResource>> references;
        BundleContext ours;
        synchronized (registered) {
            rebuildPending = false;
            references = new ArrayList<>(registered.keySet());
            ours = context;
        }
        if (ours == null) {
            return true; // the host is being deactivated
        }
        Generation generation = new Generation(ours);
        int missed = 0;
        Map<ServiceReference<RestResource>, Class<?>> servedNow = new LinkedHashMap<>();
        Set<String> backAgain = new HashSet<>();
        for (ServiceReference<RestResource> reference : references) {
            if (giveWay.getAsBoolean()) {
                generation.release();
                return false;
            }
            Class<?> served = generation.serve(reference);
            Bundle bundle = reference.getBundle();
            missed += served == null && bundle != null ? 1 : 0;
            if (served != null && bundle != null) {
                servedNow.put(reference, served);
                backAgain.add(key(bundle.getBundleId(), served));
            }
        }
        List<TombstoneEntry> departed;
        synchronized (registered) {
            departed = tombstones.entrySet().stream().filter(t -> !backAgain.contains(t.getKey()))
                    .map(Map.Entry::getValue).toList();
        }
        departed.forEach(t -> generation.standIn(t.type()));
        Server server;
        try {
            server = generation.create(providers(generation.publicRoots()));
        } catch (RuntimeException e) {
            generation.release();
            throw e;
        }
        if (address == null) {
            address = claimAddress();
        }
        address.serveAndRetireLater(server, generation.bus(), generation::release, DRAIN, retirer);
        current = generation;
        // Only now that the new generation answers may health say so: until this step the previous
        // generation, with its stand-ins, was still serving (a client polling for readiness would
        // otherwise be told "ready" and then meet a 503).
        // A resource that left while this generation was built keeps its stand-in (the next
        // generation, which its removal asked for, serves the stand-in).
        synchronized (registered) {
            servedNow.forEach((reference, served) -> {
                Bundle bundle = reference.getBundle();
                if (registered.containsKey(reference) && bundle != null) {
                    servedClasses.put(reference, served);
                    tombstones.remove(key(bundle.getBundleId(), served));
                }
            });
        }
        LOG.debug("REST API serves {} resources ({} unavailable)", generation.served(), departed.size());
        if (missed > 0) {
            // A registered resource whose instance could not be had (its component failed to
            // activate, often a race at boot): try again rather than leave it unserved for good.
            LOG.debug("{} registered resource(s) could not be instantiated; trying again in {} ms", missed, RETRY_MILLIS);
            scheduleRebuild(RETRY_MILLIS);
        }
        return true;
    }

    /**
     * Creates the address's destination with a server of the host's own bus that serves only the
     * (empty) OpenAPI document; the first real generation replaces it at once.
     */
    private HostedAddress claimAddress() {
        hostBus = new CXFBusFactory().createBus();
        JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
        factory.setBus(hostBus);
        factory.setAddress(ADDRESS);
        factory.setStart(false);
        factory.setProperties(EndpointProperties.rest());
        factory.setResourceClasses(OpenApiResource.class);
        factory.setResourceProvider(OpenApiResource.class, new SingletonResourceProvider(new OpenApiResource(new byte[0])));
        factory.setProviders(providers(Set.of(CallerFilter.rootOf(OpenApiResource.class))));
        return HostedAddress.claim(ADDRESS, factory.create(), hostBus, null);
    }

    private List<Object> providers(Set<String> publicRoots) {
        return List.of(
                JsonMapper.provider(),
                new org.centrala.web.internal.problem.ProblemWriter(),
                new CallerFilter(services::authenticator, services::actors, services::clientOf, publicRoots),
                new AccessFilter(tenantId -> services.ownership().resellerOf(tenantId)),
                new ActorScopeFilter(),
                new UnknownQueryParameterFilter(),
                new EntityTagFilter(),
                new DomainExceptionMapper(),
                new JsonInputExceptionMapper(),
                new UnreadableRequestMapper(),
                new BadUrlEncodingMapper(),
                new WebApplicationExceptionMapper(),
                new UnexpectedExceptionMapper(),
                new ClientAbortWriterInterceptor());
    }

    private static String key(long bundleId, Class<?> type) {
        return bundleId + "/" + type.getName();
    }

    private record TombstoneEntry(long bundleId, Class<?> type) {
    }

    /** One server generation: its bus, the resource instances it got, and how to release them. */
    private static final class Generation {
        private final BundleContext context;
        private final Bus bus = new CXFBusFactory().createBus();
        private final JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
        private final List<Class<?>> classes = new ArrayList<>();
        private final List<Runnable> releases = new ArrayList<>();
        private final Map<String, URL> openApiParts = new LinkedHashMap<>();
        private final Map<Class<?>, CountingResourceProvider> providers = new HashMap<>();
        /** The OpenAPI document's, and those of the public resources it serves. */
        private final Set<String> publicRoots = new HashSet<>(Set.of(CallerFilter.rootOf(OpenApiResource.class)));
        private int served;

        Generation(BundleContext context) {
            this.context = context;
            factory.setBus(bus);
            factory.setAddress(ADDRESS);
            factory.setStart(false);
            factory.setProperties(EndpointProperties.rest());
        }

        /** @return the class the resource is served as, or null if its service is already gone */
        Class<?> serve(ServiceReference<RestResource> reference) {
            org.osgi.framework.Bundle owner = reference.getBundle();
            if (owner == null || owner.getState() == org.osgi.framework.Bundle.STOPPING) {
                // Its bundle is stopping: SCR is taking its components down, and asking now makes Felix
                // log an ERROR ("Service factory returned null"). The unregistration rebuilds again anyway.
                return null;
            }
            ServiceObjects<RestResource> objects = context.getServiceObjects(reference);
            RestResource instance = objects == null ? null : objects.getService();
            if (instance == null) {
                return null;
            }
            releases.add(() -> {
                try {
                    objects.ungetService(instance);
                } catch (IllegalStateException | IllegalArgumentException e) {
                    // the service or our context is gone already: nothing left to give back
                }
            });
            Class<?> type = instance.getClass();
            classes.add(type);
            if (type.isAnnotationPresent(PublicResource.class)) {
                publicRoots.add(CallerFilter.rootOf(type));
            }
            served++;
            CountingResourceProvider provider = new CountingResourceProvider(new SingletonResourceProvider(instance));
            providers.put(type, provider);
            factory.setResourceProvider(type, provider);
            Bundle bundle = reference.getBundle();
            if (bundle != null) {
                openApiParts.put(bundle.getSymbolicName(), bundle.getEntry(RestResource.OPENAPI_ENTRY));
            }
            return type;
        }

        void standIn(Class<?> type) {
            classes.add(type);
            factory.setResourceProvider(type, new Tombstone(type));
        }

        Server create(List<Object> providers) {
            Set<String> publicPaths = new java.util.HashSet<>();
            publicRoots.forEach(root -> publicPaths.add("/" + root));
            byte[] openApi = OpenApiDocument.assemble(RestHost.class.getResource("openapi-base.json"), openApiParts, publicPaths);
            classes.add(OpenApiResource.class);
            factory.setResourceProvider(OpenApiResource.class, new SingletonResourceProvider(new OpenApiResource(openApi)));
            factory.setResourceClasses(classes.toArray(new Class<?>[0]));
            factory.setProviders(providers);
            return factory.create();
        }

        Set<String> publicRoots() {
            return publicRoots;
        }

        int served() {
            return served;
        }

        /** True once no request is inside the resource of this class (or there is none here). */
        boolean awaitIdle(Class<?> type, Duration limit) throws InterruptedException {
            CountingResourceProvider provider = providers.get(type);
            return provider == null || provider.awaitIdle(limit);
        }

        Bus bus() {
            return bus;
        }

        void release() {
            releases.forEach(Runnable::run);
            releases.clear();
            bus.shutdown(false);
        }
    }
}
