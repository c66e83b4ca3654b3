package org.centrala.web.internal.access;

import org.centrala.web.Access;
import org.centrala.web.Allow;
import org.centrala.web.IdParam;
import org.centrala.web.PublicResource;
import org.centrala.web.TenantOwnership;
import org.centrala.web.CallerSecurityContext;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.ext.Provider;

import org.centrala.web.internal.problem.ProblemAnswers;
import org.centrala.common.Caller;
import org.centrala.common.CallerKind;

/**
 * Checks every matched request against its method's {@link Allow} and the reseller, tenant and
 * user ids in its path, before the resource runs. A method without {@link Allow} is for node
 * operators only: a forgotten annotation closes an operation rather than opening it.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class AccessFilter implements ContainerRequestFilter {
    private final TenantOwnership ownership;

    @Context
    private ResourceInfo resource;

    public AccessFilter(TenantOwnership ownership) {
        this.ownership = ownership;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Class<?> type = resource.getResourceClass();
        if (type != null && type.isAnnotationPresent(PublicResource.class)) {
            return;
        }
        Caller caller = CallerSecurityContext.of(request.getSecurityContext());
        Allow allow = resource.getResourceMethod() == null ? null : resource.getResourceMethod().getAnnotation(Allow.class);
        if (allow == null) {
            if (caller.kind() != CallerKind.OPERATOR) {
                request.abortWith(ProblemAnswers.forbidden("Only node operators may do this", request));
            }
            return;
        }
        MultivaluedMap<String, String> path = request.getUriInfo().getPathParameters();
        IdParam idParam = type == null ? null : type.getAnnotation(IdParam.class);
        String idMeans = idParam == null ? "" : idParam.value();
        String tenantId = param(path, "tenantId", idMeans);
        String resellerId = param(path, "resellerId", idMeans);
        String userId = param(path, "userId", idMeans);
        if (!Access.permits(caller, allow.value(), allow.functions(), resellerId, tenantId, userId, ownership)) {
            request.abortWith(ProblemAnswers.forbidden("Your role does not allow this operation", request));
        }
    }

    private static String param(MultivaluedMap<String, String> path, String name, String idMeans) {
        String value = path.getFirst(name);
        return value != null ? value : name.equals(idMeans) ? path.getFirst("id") : null;
    }
}
