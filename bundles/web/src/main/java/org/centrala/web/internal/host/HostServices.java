package org.centrala.web.internal.host;

import java.time.Duration;

import org.centrala.common.ActorContext;
import org.centrala.common.ServiceSlot;
import org.centrala.web.Authenticator;
import org.centrala.web.TenantOwnership;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * What the REST and SOAP hosts need from other concerns: the {@link Authenticator} (security),
 * the {@link TenantOwnership} (tenancy) and the {@link ActorContext} (persistence). Each is bound
 * dynamically and greedily into a {@link ServiceSlot}, so that a host keeps running while one of
 * them is swapped: a request waits up to {@value #PATIENCE_SECONDS} s for the next one, then
 * answers 503.
 */
@Component(service = HostServices.class)
public class HostServices {
    static final int PATIENCE_SECONDS = 5;
    private static final Duration PATIENCE = Duration.ofSeconds(PATIENCE_SECONDS);

    private final ServiceSlot<Authenticator> authenticator = new ServiceSlot<>("Authentication", PATIENCE);
    private final ServiceSlot<ActorContext> actors = new ServiceSlot<>("The audit actor context", PATIENCE);
    private final ServiceSlot<TenantOwnership> ownership = new ServiceSlot<>("Tenancy", PATIENCE);

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
