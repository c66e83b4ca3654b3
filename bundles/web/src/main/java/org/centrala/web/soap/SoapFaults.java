package org.centrala.web.soap;

import java.util.UUID;

import org.centrala.common.AccessDeniedException;
import org.centrala.common.ConflictException;
import org.centrala.common.DomainException;
import org.centrala.common.FieldError;
import org.centrala.common.NotFoundException;
import org.centrala.common.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs an operation and turns failures into a {@link CentralaFault}: the caller's mistakes with
 * the domain's message and fields, our own faults with only an incident id (the stack trace goes
 * to the log, never onto the wire).
 */
public final class SoapFaults {
    /**
     * The namespace of the fault every service declares: one of its own, so that clients generated
     * from several WSDLs into one source tree share its types instead of overwriting each other's.
     */
    public static final String NAMESPACE = "urn:centrala:soap:fault:v1";

    private static final Logger LOG = LoggerFactory.getLogger(SoapFaults.class);

    private SoapFaults() {
    }

    @FunctionalInterface
    public interface Operation<T> {
        T run();
    }

    public static <T> T call(String operation, Operation<T> body) throws CentralaFault {
        try {
            return body.run();
        } catch (DomainException e) {
            throw fault(e);
        } catch (RuntimeException e) {
            String incident = UUID.randomUUID().toString();
            LOG.error("Incident {} in SOAP operation {}", incident, operation, e);
            FaultInfo info = info("internal", 500,
                    "The server failed to handle the request; quote incident " + incident + " to the operator");
            throw new CentralaFault(info.message, info);
        }
    }

    /** A required part of a request: null or blank is a validation error naming it. */
    public static <T> T required(T value, String part) {
        if (value == null || value instanceof String s && s.isBlank()) {
            throw new ValidationException(part, "is required");
        }
        return value;
    }

    private static CentralaFault fault(DomainException e) {
        FaultInfo info;
        if (e instanceof ValidationException invalid) {
            info = info("validation", 400, e.getMessage());
            for (FieldError error : invalid.errors()) {
                SoapFieldError field = new SoapFieldError();
                field.field = error.field();
                field.message = error.message();
                info.fieldErrors.add(field);
            }
        } else if (e instanceof NotFoundException) {
            info = info("not-found", 404, e.getMessage());
        } else if (e instanceof AccessDeniedException) {
            info = info("forbidden", 403, e.getMessage());
        } else if (e instanceof ConflictException) {
            info = info("conflict", 409, e.getMessage());
        } else if (e instanceof org.centrala.common.StaleVersionException) {
            info = info("stale-version", 412, e.getMessage());
        } else {
            info = info("validation", 400, e.getMessage());
        }
        return new CentralaFault(e.getMessage(), info);
    }

    private static FaultInfo info(String type, int status, String message) {
        FaultInfo info = new FaultInfo();
        info.type = "urn:centrala:problem:" + type;
        info.status = status;
        info.message = message;
        return info;
    }
}
