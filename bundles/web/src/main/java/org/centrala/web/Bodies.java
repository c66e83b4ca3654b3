package org.centrala.web;

import org.centrala.common.ValidationException;

/** Jackson hands an empty body to a resource as null; that is the client's mistake, not ours. */
public final class Bodies {
    private Bodies() {
    }

    public static <T> T required(T body) {
        if (body == null) {
            throw new ValidationException("body", "is required: send a JSON object");
        }
        return body;
    }
}
