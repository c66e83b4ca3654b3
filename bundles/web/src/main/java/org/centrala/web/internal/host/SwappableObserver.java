package org.centrala.web.internal.host;

import java.time.Duration;

import org.apache.cxf.message.Message;
import org.apache.cxf.transport.MessageObserver;

/**
 * The one observer that an address's CXF destination ever has. It hands each request to the
 * current {@link Target} and can point at another one in a single step, so a rebuilt server takes
 * over an address without the moment of "No service was found" that stopping one server and
 * starting the next would leave. It counts the requests each target is still serving, so that
 * the host can let those finish before the code behind the old target goes away.
 */
final class SwappableObserver implements MessageObserver {
    private volatile Target current;

    SwappableObserver(MessageObserver initial) {
        current = new Target(initial);
    }

    @Override
    public void onMessage(Message message) {
        Target target = current;
        target.inFlight.enter();
        try {
            target.observer.onMessage(message);
        } finally {
            target.inFlight.leave();
        }
    }

    /** Points at the next observer; returns the previous target, still finishing its requests. */
    Target swap(MessageObserver next) {
        Target previous = current;
        current = new Target(next);
        return previous;
    }

    /** One observer with the number of requests it is serving. */
    static final class Target {
        private final MessageObserver observer;
        private final InFlight inFlight = new InFlight();

        private Target(MessageObserver observer) {
            this.observer = observer;
        }

        MessageObserver observer() {
            return observer;
        }

        /** Waits until this target serves no request or the time is up; true if it drained. */
        boolean drain(Duration limit) throws InterruptedException {
            return inFlight.awaitNone(limit);
        }
    }
}
