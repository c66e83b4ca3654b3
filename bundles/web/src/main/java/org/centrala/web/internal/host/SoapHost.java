package org.centrala.web.internal.host;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.apache.cxf.Bus;
import org.apache.cxf.bus.CXFBusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxws.JaxWsServerFactoryBean;
import org.centrala.common.HealthIndicator;
import org.centrala.common.PartHealth;
import org.centrala.web.SoapEndpoint;
import org.centrala.web.internal.soap.ClientFaultCodeInterceptor;
import org.centrala.web.internal.soap.SoapActorScopeCloser;
import org.centrala.web.internal.soap.SoapCallerInterceptor;
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
 * The SOAP services under {@code /soap}: a whiteboard of the {@link SoapEndpoint} services that
 * concerns and plugins register, each published at {@code /soap/<path>} with the same
 * authentication, audit actor and fault handling. A replaced implementor takes over its address in
 * one step ({@link HostedAddress}); one that goes away while its bundle stays installed leaves
 * the address answering 503 ({@link UnavailableSoapObserver}) until it is back or its bundle is
 * uninstalled.
 */
@Component(immediate = true, service = HealthIndicator.class, property = HealthIndicator.PART + "=soap")
public class SoapHost implements BundleListener, HealthIndicator {
    static final String PREFIX = "/soap/";
    private static final Logger LOG = LoggerFactory.getLogger(SoapHost.class);
    private static final Pattern PATH = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final Duration DRAIN = Duration.ofSeconds(10);

    /** Every change runs here, one at a time: publishing, replacing and withdrawing. */
    private final SerialWorker publisher = new SerialWorker("centrala-soap-host", DRAIN.multipliedBy(2));
    /** Confined to the publisher thread. */
    private final Map<String, PathState> paths = new HashMap<>();
    private final List<ServiceReference<SoapEndpoint>> early = new ArrayList<>();
    /** What the health probe reads from other threads: registrations, and those served or refused. */
    private final Set<ServiceReference<SoapEndpoint>> registered = ConcurrentHashMap.newKeySet();
    private final Set<ServiceReference<SoapEndpoint>> settled = ConcurrentHashMap.newKeySet();
    private final Set<String> away = ConcurrentHashMap.newKeySet();

    @Reference
    private HostServices services;

    private BundleContext context;
    private volatile Bus hostBus;

    @Activate
    void activate(BundleContext bundleContext) throws Exception {
        List<ServiceReference<SoapEndpoint>> waiting;
        synchronized (early) {
            context = bundleContext;
            waiting = new ArrayList<>(early);
            early.clear();
        }
        hostBus = new CXFBusFactory().createBus();
        context.addBundleListener(this);
        publisher.runAndWait(() -> waiting.forEach(this::publish));
    }

    @Deactivate
    void deactivate() throws Exception {
        BundleContext ours;
        synchronized (early) {
            // Endpoints unbound after this (DS unbinds after deactivating) are dropped with the host.
            ours = context;
            context = null;
        }
        ours.removeBundleListener(this);
        publisher.runAndWait(() -> {
            paths.values().forEach(state -> state.address.close());
            paths.clear();
        });
        publisher.close();
        hostBus.shutdown(false);
        LOG.info("SOAP services withdrawn");
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addEndpoint(ServiceReference<SoapEndpoint> reference) throws Exception {
        registered.add(reference);
        synchronized (early) {
            if (context == null) {
                early.add(reference);
                return;
            }
        }
        publisher.runAndWait(() -> publish(reference));
    }

    void removeEndpoint(ServiceReference<SoapEndpoint> reference) throws Exception {
        registered.remove(reference);
        settled.remove(reference);
        synchronized (early) {
            if (context == null) {
                early.remove(reference);
                return;
            }
        }
        Bundle bundle = reference.getBundle();
        publisher.runAndWait(() -> withdraw(reference, bundle));
    }

    @Override
    public void bundleChanged(BundleEvent event) {
        if (event.getType() == BundleEvent.UNINSTALLED) {
            long id = event.getBundle().getBundleId();
            publisher.later(() -> paths.values().removeIf(state -> {
                if (state.serving == null && state.lastBundleId == id) {
                    state.address.close();
                    away.remove(state.address.address());
                    LOG.info("SOAP service at {} removed with its bundle", state.address.address());
                    return true;
                }
                return false;
            }), 0);
        }
    }

    /** Up once every registered endpoint is published (or refused, with a warning) and no address stands unavailable. */
    @Override
    public PartHealth health() {
        if (hostBus == null) {
            return PartHealth.down("not started yet");
        }
        long waiting = registered.stream().filter(reference -> !settled.contains(reference)).count();
        if (waiting > 0) {
            return PartHealth.down("publishing " + waiting + " service(s)");
        }
        if (!away.isEmpty()) {
            return PartHealth.down("unavailable while their bundles are away: " + String.join(", ", new TreeSet<>(away)));
        }
        return PartHealth.up(registered.size() + " services served under " + PREFIX);
    }

    private void publish(ServiceReference<SoapEndpoint> reference) {
        if (publishOrRefuse(reference)) {
            settled.add(reference);
        }
    }

    /** @return false if the endpoint is to be published again shortly, so it is not settled yet */
    private boolean publishOrRefuse(ServiceReference<SoapEndpoint> reference) {
        Object property = reference.getProperty(SoapEndpoint.PATH);
        String path = property instanceof String text ? text : null;
        if (path == null || !PATH.matcher(path).matches()) {
            LOG.warn("SOAP endpoint of bundle {} ignored: property {} must be one lower-case path segment, not {}",
                    symbolicName(reference.getBundle()), SoapEndpoint.PATH, property);
            return true;
        }
        PathState state = paths.get(path);
        if (state != null && state.serving != null && !state.serving.equals(reference)) {
            LOG.warn("SOAP endpoint of bundle {} ignored: {}{} is already served by bundle {}",
                    symbolicName(reference.getBundle()), PREFIX, path, symbolicName(state.serving.getBundle()));
            return true;
        }
        BundleContext ours;
        synchronized (early) {
            ours = context;
        }
        ServiceObjects<SoapEndpoint> objects = ours == null ? null : ours.getServiceObjects(reference);
        SoapEndpoint implementor = objects == null ? null : objects.getService();
        if (implementor == null) {
            if (ours != null && reference.getBundle() != null) {
                // Its component failed to activate (often a race at boot): try again, and stay
                // unsettled meanwhile, so that readiness does not claim the endpoint is served.
                LOG.debug("SOAP endpoint at {}{} could not be instantiated; trying again in 1 s", PREFIX, path);
                publisher.later(() -> {
                    if (registered.contains(reference)) {
                        publish(reference);
                    }
                }, 1000);
                return false;
            }
            return true;
        }
        boolean first = state == null;
        Bus bus = first ? hostBus : new CXFBusFactory().createBus();
        Runnable release = () -> {
            try {
                objects.ungetService(implementor);
            } catch (IllegalStateException | IllegalArgumentException e) {
                // already gone with its bundle
            }
            if (bus != hostBus) {
                bus.shutdown(false);
            }
        };
        Server server;
        try {
            server = create(PREFIX + path, implementor, bus);
            WsdlDocumentation.describe(server, reference.getBundle());
            WsdlEnumerations.declare(server);
        } catch (RuntimeException e) {
            release.run();
            LOG.error("SOAP service at {}{} could not be published", PREFIX, path, e);
            return true;
        }
        if (first) {
            state = new PathState(HostedAddress.claim(PREFIX + path, server, bus, release));
            paths.put(path, state);
        } else {
            state.address.serve(server, bus, release, DRAIN);
        }
        state.serving = reference;
        away.remove(PREFIX + path);
        state.lastBundleId = reference.getBundle() == null ? -1 : reference.getBundle().getBundleId();
        LOG.info("SOAP service published at {}{}", PREFIX, path);
        return true;
    }

    private void withdraw(ServiceReference<SoapEndpoint> reference, Bundle bundle) {
        for (Map.Entry<String, PathState> entry : paths.entrySet()) {
            PathState state = entry.getValue();
            if (!reference.equals(state.serving)) {
                continue;
            }
            state.serving = null;
            if (bundle != null && bundle.getState() != Bundle.UNINSTALLED) {
                state.address.answerWith(new UnavailableSoapObserver(PREFIX + entry.getKey()), null, DRAIN);
                away.add(PREFIX + entry.getKey());
                LOG.info("SOAP service at {}{} unavailable until its bundle is back", PREFIX, entry.getKey());
            } else {
                state.address.close();
                paths.remove(entry.getKey());
                away.remove(PREFIX + entry.getKey());
                LOG.info("SOAP service at {}{} withdrawn", PREFIX, entry.getKey());
            }
            return;
        }
    }

    private Server create(String address, SoapEndpoint implementor, Bus bus) {
        JaxWsServerFactoryBean factory = new JaxWsServerFactoryBean();
        factory.setBus(bus);
        factory.setAddress(address);
        factory.setServiceClass(implementor.getClass());
        factory.setServiceBean(implementor);
        factory.setStart(false);
        factory.setProperties(EndpointProperties.soap());
        factory.getInInterceptors().add(new SoapCallerInterceptor(services::authenticator, services::actors, services::clientOf));
        factory.getOutInterceptors().add(new SoapActorScopeCloser());
        factory.getOutFaultInterceptors().add(new SoapActorScopeCloser());
        factory.getOutFaultInterceptors().add(new ClientFaultCodeInterceptor());
        return factory.create();
    }

    private static String symbolicName(Bundle bundle) {
        return bundle == null ? "(gone)" : bundle.getSymbolicName();
    }

    /** An address under /soap and the registration serving it, if any. */
    private static final class PathState {
        private final HostedAddress address;
        private ServiceReference<SoapEndpoint> serving;
        private long lastBundleId = -1;

        private PathState(HostedAddress address) {
            this.address = address;
        }
    }
}
