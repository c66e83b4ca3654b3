package org.centrala.rest.internal;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.ext.Provider;

import org.centrala.audit.ActorContext;

/**
 * Resolves the caller of every REST request before any resource runs, and makes it the actor
 * that the audit log records for whatever the request changes (R9).
 */
@Provider
@PreMatching
public class CallerFilter implements ContainerRequestFilter {
    private final CallerResolver resolver;
    private final ActorContext actors;

    public CallerFilter(CallerResolver resolver, ActorContext actors) {
        this.resolver = resolver;
        this.actors = actors;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Caller caller = resolver.resolve(request.getHeaders());
        request.setProperty(CallerResolver.CALLER_PROPERTY, caller);
        request.setProperty(ActorScopeFilter.SCOPE_PROPERTY, actors.actAs(caller.name()));
    }
}
