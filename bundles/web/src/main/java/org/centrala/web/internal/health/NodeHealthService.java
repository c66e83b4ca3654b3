package org.centrala.web.internal.health;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.centrala.common.HealthIndicator;
import org.centrala.common.PartHealth;
import org.centrala.web.HealthReport;
import org.centrala.web.HealthPart;
import org.centrala.web.NodeHealth;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the node's health together from three sources, so that no list of concerns is kept here:
 * the {@link HealthIndicator} whiteboard (database, REST, SOAP, PBX links, plugins' parts), Karaf's
 * signal that the boot features are installed, and every Centrala bundle (symbolic name
 * {@value #BUNDLE_PREFIX}...) with its Declarative Services components ({@link BundleParts}).
 */
@Component(service = NodeHealth.class)
public class NodeHealthService implements NodeHealth {
    static final String BUNDLE_PREFIX = "centrala-";
    /** Registered by Karaf's features service once every boot feature is installed. */
    private static final String BOOT_FINISHED = "org.apache.karaf.features.BootFinished";
    private static final Logger LOG = LoggerFactory.getLogger(NodeHealthService.class);

    /**
     * References only: the indicators' objects are fetched when a report is made. Binding the objects
     * would activate the REST host (an indicator) while this service, which the host's health
     * resource needs, is itself being activated.
     */
    private final Set<ServiceReference<HealthIndicator>> indicators = ConcurrentHashMap.newKeySet();
    /** The indicators fetched so far, kept until they leave (a delayed component stays active between probes). */
    private final Map<ServiceReference<HealthIndicator>, HealthIndicator> fetched = new ConcurrentHashMap<>();
    private final BundleContext context;
    private final BundleParts bundles;

    @Activate
    public NodeHealthService(BundleContext context, @Reference ServiceComponentRuntime components) {
        this.context = context;
        this.bundles = new BundleParts(components);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addIndicator(ServiceReference<HealthIndicator> reference) {
        indicators.add(reference);
    }

    void removeIndicator(ServiceReference<HealthIndicator> reference) {
        indicators.remove(reference);
        if (fetched.remove(reference) != null) {
            context.ungetService(reference);
        }
    }

    @Override
    public HealthReport report() {
        List<HealthPart> parts = new ArrayList<>();
        parts.add(boot());
        for (ServiceReference<HealthIndicator> reference : indicators) {
            HealthIndicator indicator = fetched.computeIfAbsent(reference, context::getService);
            if (indicator != null) {
                parts.add(ask(reference, indicator));
            }
        }
        for (Bundle bundle : context.getBundles()) {
            String name = bundle.getSymbolicName();
            if (name != null && name.startsWith(BUNDLE_PREFIX)) {
                parts.add(bundles.partOf(bundle));
            }
        }
        parts.sort(Comparator.comparing(HealthPart::name));
        return new HealthReport(parts.stream().filter(HealthPart::gatesReadiness).allMatch(HealthPart::up), parts);
    }

    private HealthPart boot() {
        boolean finished = context.getServiceReference(BOOT_FINISHED) != null;
        return new HealthPart("boot", finished, true, finished ? "boot features installed" : "installing the boot features");
    }

    private static HealthPart ask(ServiceReference<HealthIndicator> reference, HealthIndicator indicator) {
        String name = String.valueOf(reference.getProperty(HealthIndicator.PART));
        boolean gates = !Boolean.FALSE.equals(reference.getProperty(HealthIndicator.GATES_READINESS))
                && !"false".equals(reference.getProperty(HealthIndicator.GATES_READINESS));
        PartHealth health;
        try {
            health = indicator.health();
        } catch (RuntimeException e) {
            // A part that cannot say how it is, is not up; the probe itself must still answer.
            LOG.warn("Health indicator {} failed: {}", name, e.toString());
            health = PartHealth.down("its health check failed: " + e.getClass().getSimpleName());
        }
        return new HealthPart(name, health.up(), gates, health.detail());
    }
}
