package org.centrala.web.internal.host;

import javax.ws.rs.ServiceUnavailableException;

import org.apache.cxf.jaxrs.lifecycle.ResourceProvider;
import org.apache.cxf.message.Message;

/**
 * Stands in for a resource whose service went away while its bundle stays installed (an update
 * or a restart): its paths still match, and every request to them answers 503 with Retry-After
 * instead of a 404 that would tell the client the resource no longer exists.
 */
final class Tombstone implements ResourceProvider {
    static final int RETRY_AFTER_SECONDS = 5;

    private final Class<?> resourceClass;

    Tombstone(Class<?> resourceClass) {
        this.resourceClass = resourceClass;
    }

    @Override
    public Object getInstance(Message m) {
        throw new ServiceUnavailableException((long) RETRY_AFTER_SECONDS);
    }

    @Override
    public void releaseInstance(Message m, Object o) {
        // nothing was handed out
    }

    @Override
    public Class<?> getResourceClass() {
        return resourceClass;
    }

    @Override
    public boolean isSingleton() {
        return false;
    }
}
