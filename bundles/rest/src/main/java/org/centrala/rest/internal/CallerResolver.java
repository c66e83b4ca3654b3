package org.centrala.rest.internal;

import java.util.List;
import java.util.Map;

/**
 * The one place where authentication plugs in, for REST and SOAP alike: it gets the request's
 * HTTP headers and answers who the caller is, or throws to refuse the request. Today it resolves
 * every request to {@link Caller#NODE_OPERATOR}; issue 3 replaces the body with the JAAS realm and
 * API-token check, and both front ends follow without change.
 */
public final class CallerResolver {
    /** The request property under which front ends find the resolved caller. */
    public static final String CALLER_PROPERTY = "org.centrala.caller";

    public Caller resolve(Map<String, List<String>> headers) {
        return Caller.NODE_OPERATOR;
    }
}
