package org.centrala.rest.internal.problem;

import java.util.UUID;

import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Our own faults: logged with an incident id that the answer repeats, so that an operator can find
 * the stack trace; the client never sees it.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);

    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable exception) {
        String incident = UUID.randomUUID().toString();
        String instance = ProblemResponses.instance(uriInfo);
        LOG.error("Incident {} while serving {}", incident, instance, exception);
        return ProblemResponses.of(Problem.of(ProblemType.INTERNAL,
                "The server failed to handle the request; quote incident " + incident + " to the operator", instance));
    }
}
