package org.centrala.web.internal.problem;

import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

/** Builds the HTTP answer that carries a problem document. */
final class ProblemResponses {
    private ProblemResponses() {
    }

    static Response of(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** The request path, for the problem's {@code instance} member; null outside a request. */
    static String instance(UriInfo uriInfo) {
        try {
            return uriInfo == null ? null : uriInfo.getRequestUri().getRawPath();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
