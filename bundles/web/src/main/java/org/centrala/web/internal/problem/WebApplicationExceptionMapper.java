package org.centrala.web.internal.problem;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;

/**
 * What the JAX-RS runtime itself refuses (unknown path 404, wrong method 405, unsupported media
 * type 415, ...) as a problem document instead of an empty or HTML body.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        int status = original == null ? 500 : original.getStatus();
        Response.StatusType statusType = Response.Status.fromStatusCode(status);
        String title = statusType == null ? "HTTP " + status : statusType.getReasonPhrase();
        String detail = switch (status) {
            case 404 -> "No resource at this path; see /api/v1/openapi.json for the API";
            case 405 -> "This resource does not support this HTTP method; the Allow header lists those it does";
            case 406 -> "This resource answers with application/json only";
            case 415 -> "Send the body as application/json";
            case 416 -> "The range asked for lies outside the content; Content-Range gives its length";
            case 503 -> "This part of the API is being updated or restarted; try again shortly";
            default -> title;
        };
        Response.ResponseBuilder response = Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(Problem.ofStatus(status, title, detail, ProblemResponses.instance(uriInfo)));
        for (String header : new String[] {"Allow", "Retry-After", "Content-Range"}) {
            if (original != null && original.getHeaderString(header) != null) {
                response.header(header, original.getHeaderString(header));
            }
        }
        return response.build();
    }
}
