package org.centrala.web.internal.problem;

import java.io.IOException;

import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A request body that cannot be read at all (the client hung up early, or sent bytes in no
 * encoding JSON allows): the client's problem, answered 400 and logged at debug only. In this API
 * reading the request is the only I/O that reaches a mapper; JSON errors have their own mapper.
 */
@Provider
public class UnreadableRequestMapper implements ExceptionMapper<IOException> {
    private static final Logger LOG = LoggerFactory.getLogger(UnreadableRequestMapper.class);

    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(IOException exception) {
        String instance = ProblemResponses.instance(uriInfo);
        LOG.debug("Unreadable request body at {}", instance, exception);
        return ProblemResponses.of(Problem.of(ProblemType.MALFORMED_REQUEST, "The request body could not be read", instance));
    }
}
