package org.centrala.rest.internal;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.ext.Provider;

/** Resolves the caller of every REST request before any resource runs. */
@Provider
@PreMatching
public class CallerFilter implements ContainerRequestFilter {
    private final CallerResolver resolver;

    public CallerFilter(CallerResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(CallerResolver.CALLER_PROPERTY, resolver.resolve(request.getHeaders()));
    }
}
