package org.centrala.web.internal.host;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.cxf.Bus;
import org.apache.cxf.bus.CXFBusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.apache.cxf.jaxrs.lifecycle.SingletonResourceProvider;
import org.centrala.common.ActorContext;
import org.centrala.common.ServiceSlot;
import org.centrala.web.Authenticator;
import org.centrala.web.RestResource;
import org.centrala.web.TenantOwnership;
import org.centrala.web.internal.ActorScopeFilter;
import org.centrala.web.internal.CallerFilter;
import org.centrala.web.internal.OpenApiResource;
import org.centrala.web.internal.access.AccessFilter;
import org.centrala.web.internal.json.JsonMapper;
import org.centrala.web.internal.problem.BadUrlEncodingMapper;
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
import org.osgi.service.component.annotations.ReferencePolicyOption;
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
@Component(immediate = true)
public class RestHost implements BundleListener {
    static final String ADDRESS = "/api/v1";
    private static final Logger LOG = LoggerFactory.getLogger(RestHost.class);
    /** How long a request waits for a service of another concern that is being swapped. */
    private static final Duration PATIENCE = Duration.ofSeconds(5);
    /** How long a retired generation may finish its requests before it is released. */
    private static final Duration DRAIN = Duration.ofSeconds(10);
    /** Registrations that arrive together (a bundle starting several resources) make one generation. */
    private static final long SETTLE_MILLIS = 50;

    private final ServiceSlot<Authenticator> authenticator = new ServiceSlot<>("Authentication", PATIENCE);
    private final ServiceSlot<ActorContext> actors = new ServiceSlot<>("The audit actor context", PATIENCE);
    private final ServiceSlot<TenantOwnership> ownership = new ServiceSlot<>("Tenancy", PATIENCE);

    /** Guarded by itself: registered resources in registration order, and tombstones by bundle and class. */
    private final Map<ServiceReference<RestResource>, Bundle> registered = new LinkedHashMap<>();
    private final Map<String, TombstoneEntry> tombstones = new LinkedHashMap<>();
    /** The class each registration was served as, learnt when a generation got its instance. */
    private final Map<ServiceReference<RestResource>, Class<?>> servedClasses = new HashMap<>();

    private final ScheduledExecutorService builder = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "centrala-rest-host");
        thread.setDaemon(true);
        return thread;
    });

    private BundleContext context;
    /** Owns the address's destination for as long as the host runs; generations come and go on buses of their own. */
    private Bus hostBus;
    private HostedAddress address;
    private boolean rebuildPending;

    @Activate
    void activate(BundleContext bundleContext) throws Exception {
        context = bundleContext;
        context.addBundleListener(this);
        runOnBuilder(this::rebuild);
        LOG.info("REST API published at {}", ADDRESS);
    }

    @Deactivate
    void deactivate() throws Exception {
        context.removeBundleListener(this);
        runOnBuilder(() -> {
            if (address != null) {
                address.close();
                address = null;
            }
            if (hostBus != null) {
                hostBus.shutdown(false);
                hostBus = null;
            }
        });
        builder.shutdownNow();
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
        synchronized (registered) {
            Bundle bundle = registered.remove(reference);
            Class<?> served = servedClasses.remove(reference);
            if (bundle != null && served != null && bundle.getState() != Bundle.UNINSTALLED) {
                tombstones.put(key(bundle, served), new TombstoneEntry(bundle.getBundleId(), served));
            }
        }
        if (context != null) {
            try {
                runOnBuilder(this::rebuild);
            } catch (Exception e) {
                LOG.warn("REST API could not be rebuilt after a resource left: {}", e.toString());
            }
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindAuthenticator(Authenticator service) {
        authenticator.bind(service);
    }

    void unbindAuthenticator(Authenticator service) {
        authenticator.unbind(service);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindActors(ActorContext service) {
        actors.bind(service);
    }

    void unbindActors(ActorContext service) {
        actors.unbind(service);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindOwnership(TenantOwnership service) {
        ownership.bind(service);
    }

    void unbindOwnership(TenantOwnership service) {
        ownership.unbind(service);
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
        synchronized (registered) {
            if (context == null || rebuildPending) {
                return;
            }
            rebuildPending = true;
        }
        builder.schedule(() -> {
            try {
                rebuild();
            } catch (RuntimeException e) {
                LOG.error("REST API could not be rebuilt", e);
            }
        }, SETTLE_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void runOnBuilder(Runnable task) throws Exception {
        Future<?> done = builder.submit(task);
        try {
            done.get(2 * DRAIN.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } catch (TimeoutException e) {
            LOG.warn("REST API rebuild still running after {} s", 2 * DRAIN.toSeconds());
        }
    }

    /** Builds a generation from the registrations as they are now and serves it. Runs on the builder thread only. */
    private void rebuild() {
        List<ServiceReference<RestResource>> references;
        List<TombstoneEntry> departed;
        synchronized (registered) {
            rebuildPending = false;
            references = new ArrayList<>(registered.keySet());
            departed = new ArrayList<>(tombstones.values());
        }
        Generation generation = new Generation(context);
        for (ServiceReference<RestResource> reference : references) {
            Class<?> served = generation.serve(reference);
            if (served != null) {
                synchronized (registered) {
                    servedClasses.put(reference, served);
                    tombstones.remove(key(reference.getBundle(), served));
                }
                departed.removeIf(t -> t.type().getName().equals(served.getName()) && reference.getBundle() != null
                        && t.bundleId() == reference.getBundle().getBundleId());
            }
        }
        departed.forEach(t -> generation.standIn(t.type()));
        Server server;
        try {
            server = generation.create(this);
        } catch (RuntimeException e) {
            generation.release();
            throw e;
        }
        if (address == null) {
            address = claimAddress();
        }
        address.serve(server, generation.bus(), generation::release, DRAIN);
        LOG.debug("REST API serves {} resources ({} unavailable)", generation.resourceCount(), departed.size());
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
        factory.setResourceClasses(OpenApiResource.class);
        factory.setResourceProvider(OpenApiResource.class, new SingletonResourceProvider(new OpenApiResource(new byte[0])));
        factory.setProviders(providers());
        return HostedAddress.claim(ADDRESS, factory.create(), hostBus, null);
    }

    List<Object> providers() {
        return List.of(
                JsonMapper.provider(),
                new CallerFilter(authenticator::get, actors::get),
                new AccessFilter(tenantId -> ownership.get().resellerOf(tenantId)),
                new ActorScopeFilter(),
                new DomainExceptionMapper(),
                new JsonInputExceptionMapper(),
                new UnreadableRequestMapper(),
                new BadUrlEncodingMapper(),
                new WebApplicationExceptionMapper(),
                new UnexpectedExceptionMapper());
    }

    private static String key(Bundle bundle, Class<?> type) {
        return (bundle == null ? -1 : bundle.getBundleId()) + "/" + type.getName();
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
        private final Map<String, java.net.URL> openApiParts = new LinkedHashMap<>();

        Generation(BundleContext context) {
            this.context = context;
            factory.setBus(bus);
            factory.setAddress(ADDRESS);
            factory.setStart(false);
        }

        /** @return the class the resource is served as, or null if its service is already gone */
        Class<?> serve(ServiceReference<RestResource> reference) {
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
            factory.setResourceProvider(type, new SingletonResourceProvider(instance));
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

        Server create(RestHost host) {
            byte[] openApi = OpenApiDocument.assemble(RestHost.class.getResource("openapi-base.json"), openApiParts);
            classes.add(OpenApiResource.class);
            factory.setResourceProvider(OpenApiResource.class, new SingletonResourceProvider(new OpenApiResource(openApi)));
            factory.setResourceClasses(classes.toArray(new Class<?>[0]));
            factory.setProviders(host.providers());
            return factory.create();
        }

        int resourceCount() {
            return classes.size() - 1;
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
