package org.centrala.web.internal.host;

import java.time.Duration;

import org.centrala.common.ActorContext;
import org.centrala.common.ServiceSlot;
import org.centrala.web.Authenticator;
import org.centrala.web.TenantOwnership;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the REST and SOAP hosts need from other concerns: the {@link Authenticator} (security),
 * the {@link TenantOwnership} (tenancy) and the {@link ActorContext} (persistence). Each is bound
 * dynamically and greedily into a {@link ServiceSlot}, so that a host keeps running while one of
 * them is swapped: a request waits up to {@value #PATIENCE_SECONDS} s for the next one, then
 * answers 503.
 */
@Component(service = HostServices.class, configurationPid = "org.centrala.web")
@Designate(ocd = HostServices.Config.class)
public class HostServices {
    private static final Logger LOG = LoggerFactory.getLogger(HostServices.class);

    @ObjectClassDefinition(name = "Centrala web host", description = "How the REST and SOAP hosts see their clients")
    public @interface Config {
        @AttributeDefinition(required = false, description = "Addresses or CIDR ranges of the reverse proxies (and the web UI) whose"
                + " X-Forwarded-For header is believed; from any other peer the header is ignored")
        String[] trustedProxies() default {};
    }

    private volatile ClientAddresses clientAddresses = ClientAddresses.trusting(new String[0], rejected -> { });
    static final int PATIENCE_SECONDS = 5;
    private static final Duration PATIENCE = Duration.ofSeconds(PATIENCE_SECONDS);

    private final ServiceSlot<Authenticator> authenticator = new ServiceSlot<>("Authentication", PATIENCE);
    private final ServiceSlot<ActorContext> actors = new ServiceSlot<>("The audit actor context", PATIENCE);
    private final ServiceSlot<TenantOwnership> ownership = new ServiceSlot<>("Tenancy", PATIENCE);

    @Activate
    @Modified
    void configure(Config config) {
        clientAddresses = ClientAddresses.trusting(config.trustedProxies(),
                rejected -> LOG.warn("trustedProxies in org.centrala.web: {}; that entry is ignored", rejected));
    }

    /** The address a request came from, given its peer and its {@code X-Forwarded-For} header. */
    String clientOf(String peer, String forwardedFor) {
        return clientAddresses.clientOf(peer, forwardedFor);
    }

    Authenticator authenticator() {
        return authenticator.get();
    }

    ActorContext actors() {
        return actors.get();
    }

    TenantOwnership ownership() {
        return ownership.get();
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
}
