package org.centrala.web.internal;

import javax.ws.rs.HttpMethod;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.ext.Provider;

import org.centrala.web.Versions;

/**
 * Puts the version of the resource in an answer that carries one (a read, a create, a replace or a
 * patch) as its {@code ETag}, so that the client can send it back with {@code If-Match}.
 */
@Provider
public class EntityTagFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if ((status != 200 && status != 201) || response.getHeaders().containsKey(HttpHeaders.ETAG)) {
            return;
        }
        String method = request.getMethod();
        if (!HttpMethod.GET.equals(method) && !HttpMethod.PUT.equals(method) && !HttpMethod.POST.equals(method) && !"PATCH".equals(method)) {
            return;
        }
        String version = Versions.of(response.getEntity());
        if (version != null) {
            response.getHeaders().putSingle(HttpHeaders.ETAG, "\"" + version + "\"");
        }
    }
}
