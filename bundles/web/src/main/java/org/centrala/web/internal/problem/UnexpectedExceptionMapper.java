package org.centrala.web.internal.problem;

import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;

/** Anything no other mapper claims is our fault: 500 with an incident id (see {@link Incidents}). */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable exception) {
        return Incidents.answer(exception, ProblemResponses.instance(uriInfo));
    }
}
