package org.centrala.web.internal.host;

import java.time.Duration;

import org.apache.cxf.jaxrs.lifecycle.ResourceProvider;
import org.apache.cxf.message.Message;

/**
 * Counts the requests a resource is serving (CXF takes its instance before the resource method and
 * gives it back after), so that a departing resource can be waited for on its own: waiting for the
 * whole generation would also wait for other concerns' requests, and those may be waiting for the
 * very bundle that is being updated.
 */
final class CountingResourceProvider implements ResourceProvider {
    private final ResourceProvider delegate;
    private final InFlight inFlight = new InFlight();

    CountingResourceProvider(ResourceProvider delegate) {
        this.delegate = delegate;
    }

    /** CXF also asks without a message, when it creates the server (to inject contexts): that is no request. */
    @Override
    public Object getInstance(Message message) {
        if (message == null) {
            return delegate.getInstance(null);
        }
        inFlight.enter();
        try {
            return delegate.getInstance(message);
        } catch (RuntimeException e) {
            inFlight.leave();
            throw e;
        }
    }

    @Override
    public void releaseInstance(Message message, Object instance) {
        try {
            delegate.releaseInstance(message, instance);
        } finally {
            if (message != null) {
                inFlight.leave();
            }
        }
    }

    @Override
    public Class<?> getResourceClass() {
        return delegate.getResourceClass();
    }

    @Override
    public boolean isSingleton() {
        return delegate.isSingleton();
    }

    /** Waits until the resource serves no request or the time is up; true if it is idle. */
    boolean awaitIdle(Duration limit) throws InterruptedException {
        return inFlight.awaitNone(limit);
    }
}
