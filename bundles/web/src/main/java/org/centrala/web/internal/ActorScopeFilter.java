package org.centrala.web.internal;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.ext.Provider;

import org.centrala.common.ActorContext;

/**
 * Ends the actor scope that {@link CallerFilter} opened, once the answer is ready (also after an
 * error was mapped), so that the pooled thread does not carry the caller into the next request.
 */
@Provider
public class ActorScopeFilter implements ContainerResponseFilter {
    static final String SCOPE_PROPERTY = "org.centrala.actor.scope";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(SCOPE_PROPERTY) instanceof ActorContext.Scope scope) {
            scope.close();
            request.removeProperty(SCOPE_PROPERTY);
        }
    }
}
