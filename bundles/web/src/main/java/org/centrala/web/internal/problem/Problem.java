package org.centrala.web.internal.problem;

import java.util.List;

import org.centrala.common.FieldError;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem document. {@code errors} is the extension member that names each rejected
 * field of a validation problem.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:centrala:problem:";

    public static Problem of(ProblemType type, String detail, String instance) {
        return new Problem(TYPE_PREFIX + type.slug(), type.title(), type.status(), detail, instance, null);
    }

    public static Problem invalid(String detail, String instance, List<FieldError> errors) {
        ProblemType type = ProblemType.VALIDATION;
        return new Problem(TYPE_PREFIX + type.slug(), type.title(), type.status(), detail, instance, List.copyOf(errors));
    }

    /** A problem for a plain HTTP status (unknown path, wrong method, ...), with the standard type. */
    public static Problem ofStatus(int status, String title, String detail, String instance) {
        return new Problem("about:blank", title, status, detail, instance, null);
    }
}
