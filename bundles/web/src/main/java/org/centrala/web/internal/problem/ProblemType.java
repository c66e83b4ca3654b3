package org.centrala.web.internal.problem;

/** The problem types Centrala answers with; each has a stable type URI and a fixed status. */
public enum ProblemType {
    MALFORMED_REQUEST("malformed-request", "The request body is not valid JSON of the expected shape", 400),
    VALIDATION("validation", "The request has invalid fields", 400),
    FORBIDDEN("forbidden", "Your role does not allow this operation", 403),
    NOT_FOUND("not-found", "The resource does not exist", 404),
    CONFLICT("conflict", "The request conflicts with the current state", 409),
    STALE_VERSION("stale-version", "The resource changed since you read it", 412),
    PAYLOAD_TOO_LARGE("payload-too-large", "The request body is larger than this API accepts", 413),
    RATE_LIMITED("rate-limited", "Too many requests of this kind", 429),
    INTERNAL("internal", "Internal error", 500);

    private final String slug;
    private final String title;
    private final int status;

    ProblemType(String slug, String title, int status) {
        this.slug = slug;
        this.title = title;
        this.status = status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }
}
