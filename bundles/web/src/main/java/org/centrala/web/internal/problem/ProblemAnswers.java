package org.centrala.web.internal.problem;


import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;


/** Problem answers that filters send before any resource runs. */
public final class ProblemAnswers {
    /** What a client may authenticate with. */
    public static final String CHALLENGE = "Basic realm=\"centrala\", Bearer realm=\"centrala\"";

    private ProblemAnswers() {
    }

    public static Response unauthorized(String detail, String instance) {
        return Response.status(401).type(Problem.MEDIA_TYPE).header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE)
                .entity(Problem.ofStatus(401, "Unauthorized", detail, instance)).build();
    }

    public static Response throttled(long retryAfterSeconds, String instance) {
        return Response.status(429).type(Problem.MEDIA_TYPE).header(HttpHeaders.RETRY_AFTER, retryAfterSeconds)
                .entity(Problem.ofStatus(429, "Too Many Requests",
                        "Too many failed log-ins; try again in " + retryAfterSeconds + " s", instance)).build();
    }

    /** A part of the node that the request needs is away for the moment (an update, a restart). */
    public static Response unavailable(long retryAfterSeconds, String detail, String instance) {
        return Response.status(503).type(Problem.MEDIA_TYPE).header(HttpHeaders.RETRY_AFTER, retryAfterSeconds)
                .entity(Problem.ofStatus(503, "Service Unavailable", detail, instance)).build();
    }

    public static Response forbidden(String detail, ContainerRequestContext request) {
        return Response.status(403).type(Problem.MEDIA_TYPE)
                .entity(Problem.ofStatus(403, "Forbidden", detail, request.getUriInfo().getRequestUri().getRawPath())).build();
    }

}
