package org.centrala.web.internal.problem;

import java.util.List;
import java.util.stream.Collectors;

import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;

import org.centrala.common.FieldError;

import org.centrala.web.internal.json.JsonMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * A body that is not JSON, or JSON of the wrong shape: 400. Where Jackson knows the field (an
 * unknown property, a string or a too large number where an int belongs) the problem names it.
 * Jackson's own messages are not echoed: they quote Java class names and the client's input.
 */
@Provider
public class JsonInputExceptionMapper implements ExceptionMapper<JsonProcessingException> {
    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(JsonProcessingException exception) {
        String instance = ProblemResponses.instance(uriInfo);
        if (exception instanceof InvalidDefinitionException) {
            // Not the client's JSON: a type of ours that Jackson cannot read or write.
            return Incidents.answer(exception, instance);
        }
        for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof StreamConstraintsException) {
                return ProblemResponses.of(Problem.of(ProblemType.PAYLOAD_TOO_LARGE,
                        "The body is larger than " + JsonMapper.MAX_DOCUMENT_BYTES / 1024 + " KiB or nested too deeply", instance));
            }
        }
        if (exception instanceof UnrecognizedPropertyException unknown) {
            String field = path(unknown);
            return ProblemResponses.of(Problem.invalid("Unknown field '" + field + "'", instance,
                    List.of(new FieldError(field, "is not a known field"))));
        }
        if (exception instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = path(mapping);
            return ProblemResponses.of(Problem.invalid("Field '" + field + "' has the wrong type or is out of range", instance,
                    List.of(new FieldError(field, "has the wrong type or is out of range" + expected(mapping)))));
        }
        if (exception instanceof JsonMappingException) {
            return ProblemResponses.of(Problem.of(ProblemType.MALFORMED_REQUEST, "The body must be a JSON object of the documented shape", instance));
        }
        String original = exception.getOriginalMessage() == null ? "" : exception.getOriginalMessage();
        String duplicate = original.startsWith("Duplicate field") ? ": " + original.split("\n")[0] : "";
        String where = exception.getLocation() == null ? ""
                : " (line " + exception.getLocation().getLineNr() + ", column " + exception.getLocation().getColumnNr() + ")";
        return ProblemResponses.of(Problem.of(ProblemType.MALFORMED_REQUEST, "The body is not valid JSON" + where + duplicate, instance));
    }

    private static String path(JsonMappingException exception) {
        return exception.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String expected(JsonMappingException exception) {
        Class<?> target = exception instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (target == null) {
            return "";
        }
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class) {
            return ": expected a whole number";
        }
        if (Number.class.isAssignableFrom(target)) {
            return ": expected a number";
        }
        if (target == String.class) {
            return ": expected a string";
        }
        if (target == Boolean.class || target == boolean.class) {
            return ": expected true or false";
        }
        if (target.isEnum()) {
            return ": expected one of " + java.util.Arrays.toString(target.getEnumConstants());
        }
        if (java.util.Collection.class.isAssignableFrom(target)) {
            return ": expected an array";
        }
        return ": expected an object";
    }
}
