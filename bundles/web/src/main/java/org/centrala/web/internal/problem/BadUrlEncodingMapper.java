package org.centrala.web.internal.problem;

import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;

/**
 * CXF decodes query parameters before any resource runs and reports a broken percent-escape
 * ({@code ?sort=%ZZ}) as an IllegalArgumentException: that is the client's mistake, 400. Any other
 * IllegalArgumentException is ours.
 */
@Provider
public class BadUrlEncodingMapper implements ExceptionMapper<IllegalArgumentException> {
    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(IllegalArgumentException exception) {
        String instance = rawPath();
        if (exception.getMessage() != null && exception.getMessage().startsWith("Invalid URL encoding")) {
            return ProblemResponses.of(Problem.of(ProblemType.MALFORMED_REQUEST,
                    "The URL has a broken percent-escape; encode '%' as %25", instance));
        }
        return Incidents.answer(exception, instance);
    }

    private String rawPath() {
        return ProblemResponses.instance(uriInfo);
    }
}
