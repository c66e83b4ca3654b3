package org.centrala.rest.internal.problem;

import java.util.List;
import java.util.stream.Collectors;

import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;

import org.centrala.common.FieldError;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * A body that is not JSON, or JSON of the wrong shape: 400. Where Jackson knows the field
 * (an unknown property, a string where a number belongs) the problem names it; the parser's own
 * message is not echoed because it quotes Java class names.
 */
@Provider
public class JsonInputExceptionMapper implements ExceptionMapper<JsonProcessingException> {
    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(JsonProcessingException exception) {
        String instance = ProblemResponses.instance(uriInfo);
        if (exception instanceof UnrecognizedPropertyException unknown) {
            String field = path(unknown);
            return ProblemResponses.of(Problem.invalid("Unknown field '" + field + "'", instance,
                    List.of(new FieldError(field, "is not a known field"))));
        }
        if (exception instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = path(mismatch);
            return ProblemResponses.of(Problem.invalid("Field '" + field + "' has the wrong type", instance,
                    List.of(new FieldError(field, "has the wrong type" + expected(mismatch)))));
        }
        String where = exception.getLocation() == null ? ""
                : " (line " + exception.getLocation().getLineNr() + ", column " + exception.getLocation().getColumnNr() + ")";
        return ProblemResponses.of(Problem.of(ProblemType.MALFORMED_REQUEST,
                "The body could not be read as JSON" + where + ": " + exception.getOriginalMessage(), instance));
    }

    private static String path(JsonMappingException exception) {
        return exception.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String expected(MismatchedInputException exception) {
        Class<?> target = exception.getTargetType();
        if (target == null) {
            return "";
        }
        if (Number.class.isAssignableFrom(target) || target.isPrimitive() && target != boolean.class) {
            return ": expected a number";
        }
        if (target == String.class) {
            return ": expected a string";
        }
        if (target == Boolean.class || target == boolean.class) {
            return ": expected true or false";
        }
        return ": expected an object";
    }
}
