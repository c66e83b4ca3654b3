package org.centrala.web.internal;

import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import javax.annotation.Priority;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.ext.Provider;

import org.centrala.common.ActorContext;
import org.centrala.web.CallerSecurityContext;
import org.centrala.web.internal.problem.ProblemAnswers;
import org.centrala.web.AuthenticationException;
import org.centrala.web.Authenticator;
import org.centrala.common.Caller;
import org.centrala.web.LoginThrottledException;

/**
 * Authenticates every REST request before anything else runs (401 without valid credentials, 429
 * while log-ins of that name or address are throttled), makes the caller the request's security
 * context, and the actor the audit log records for whatever the request changes (R9). Only the
 * resources marked {@link org.centrala.web.PublicResource} (the OpenAPI document, the health
 * probes) are served without credentials.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class CallerFilter implements ContainerRequestFilter {
    private static final String FORWARDED_FOR = "X-Forwarded-For";

    private final Supplier<Authenticator> authenticator;
    private final Supplier<ActorContext> actors;
    private final BiFunction<String, String, String> clientOf;
    private final Set<String> publicRoots;

    @Context
    private HttpServletRequest servletRequest;

    /**
     * @param clientOf    the client's address from the peer's address and the X-Forwarded-For header
     * @param publicRoots the root paths of the {@link org.centrala.web.PublicResource} resources served,
     *                    which anyone may call (this filter runs before a resource is matched)
     */
    public CallerFilter(Supplier<Authenticator> authenticator, Supplier<ActorContext> actors, BiFunction<String, String, String> clientOf,
                        Set<String> publicRoots) {
        this.authenticator = authenticator;
        this.actors = actors;
        this.clientOf = clientOf;
        this.publicRoots = Set.copyOf(publicRoots);
    }

    /** The root path of a resource class, as {@link #isPublic} compares it: no slashes at either end. */
    public static String rootOf(Class<?> resource) {
        javax.ws.rs.Path path = resource.getAnnotation(javax.ws.rs.Path.class);
        return path == null ? "" : path.value().replaceAll("^/+|/+$", "");
    }

    private boolean isPublic(String path) {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        for (String root : publicRoots) {
            if (relative.equals(root) || relative.startsWith(root + "/")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (isPublic(request.getUriInfo().getPath())) {
            return;
        }
        String instance = request.getUriInfo().getRequestUri().getRawPath();
        Caller caller;
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        String client = servletRequest == null ? null : clientOf.apply(servletRequest.getRemoteAddr(), request.getHeaderString(FORWARDED_FOR));
        try {
            caller = Authentications.authenticate(authenticator, authorization, client);
        } catch (AuthenticationException e) {
            request.abortWith(ProblemAnswers.unauthorized(e.getMessage(), instance));
            return;
        } catch (LoginThrottledException e) {
            request.abortWith(ProblemAnswers.throttled(e.retryAfterSeconds(), instance));
            return;
        }
        request.setSecurityContext(new CallerSecurityContext(caller, request.getSecurityContext() != null
                && request.getSecurityContext().isSecure()));
        request.setProperty(ActorScopeFilter.SCOPE_PROPERTY, actors.get().actAs(caller.name()));
    }
}
