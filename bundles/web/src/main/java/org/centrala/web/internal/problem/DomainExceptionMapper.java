package org.centrala.web.internal.problem;

import javax.ws.rs.core.Context;
import javax.ws.rs.core.EntityTag;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;

import org.centrala.common.AccessDeniedException;
import org.centrala.common.ConflictException;
import org.centrala.common.DomainException;
import org.centrala.common.NotFoundException;
import org.centrala.common.UnavailableException;
import org.centrala.common.RateLimitedException;
import org.centrala.common.StaleVersionException;
import org.centrala.common.ValidationException;

/** The caller's mistakes as the domain names them: 400 with the fields, 404, 409. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {
    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(DomainException exception) {
        String instance = ProblemResponses.instance(uriInfo);
        if (exception instanceof UnavailableException unavailable) {
            return ProblemAnswers.unavailable(unavailable.retryAfterSeconds(), exception.getMessage(), instance);
        }
        if (exception instanceof RateLimitedException limited) {
            return Response.status(429).type(Problem.MEDIA_TYPE).header(HttpHeaders.RETRY_AFTER, limited.retryAfterSeconds())
                    .entity(Problem.of(ProblemType.RATE_LIMITED, exception.getMessage(), instance)).build();
        }
        if (exception instanceof StaleVersionException stale) {
            Response.ResponseBuilder answer = Response.status(412).type(Problem.MEDIA_TYPE)
                    .entity(Problem.of(ProblemType.STALE_VERSION, exception.getMessage(), instance));
            return (stale.currentVersion() == null ? answer : answer.tag(new EntityTag(stale.currentVersion()))).build();
        }
        if (exception instanceof ValidationException invalid) {
            return ProblemResponses.of(Problem.invalid(invalid.getMessage(), instance, invalid.errors()));
        }
        ProblemType type = exception instanceof NotFoundException ? ProblemType.NOT_FOUND
                : exception instanceof AccessDeniedException ? ProblemType.FORBIDDEN
                : exception instanceof ConflictException ? ProblemType.CONFLICT
                : ProblemType.VALIDATION;
        return ProblemResponses.of(Problem.of(type, exception.getMessage(), instance));
    }
}
