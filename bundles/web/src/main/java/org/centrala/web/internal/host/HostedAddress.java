package org.centrala.web.internal.host;

import java.time.Duration;
import java.util.concurrent.Executor;

import org.apache.cxf.Bus;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.transport.ChainInitiationObserver;
import org.apache.cxf.transport.Destination;
import org.apache.cxf.transport.MessageObserver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One address on CXF's servlet (such as {@code /api/v1} or {@code /soap/tenancy}) that the host
 * keeps for as long as it runs, while the servers behind it are replaced.
 *
 * <p>Why not stop one server and start the next: CXF in OSGi keeps one address table for every
 * servlet, and a stopped server's destination leaves it, so requests in between answer 404
 * "No service was found". Instead each server is created unstarted on the same address (CXF's
 * HTTP transport hands it the destination that is already registered there) and the destination's
 * observer is pointed at the new server's chain in one step. Requests that the old server is
 * serving finish on it; then its bus, and with it everything it holds, is released.
 */
final class HostedAddress {
    private static final Logger LOG = LoggerFactory.getLogger(HostedAddress.class);

    private final String address;
    private final Destination destination;
    private final SwappableObserver observer;
    private Runnable releaseCurrent;

    private HostedAddress(String address, Destination destination, SwappableObserver observer, Runnable releaseCurrent) {
        this.address = address;
        this.destination = destination;
        this.observer = observer;
        this.releaseCurrent = releaseCurrent;
    }

    /** Takes the address with its first, unstarted server; {@code release} frees what that server holds. */
    static HostedAddress claim(String address, Server first, Bus bus, Runnable release) {
        Destination destination = first.getDestination();
        SwappableObserver observer = new SwappableObserver(new ChainInitiationObserver(first.getEndpoint(), bus));
        destination.setMessageObserver(observer);
        return new HostedAddress(address, destination, observer, release);
    }

    /**
     * Serves the address from this unstarted server from now on, then waits up to {@code drain}
     * for the previous one's requests and releases it.
     */
    synchronized void serve(Server next, Bus bus, Runnable release, Duration drain) {
        answerWith(new ChainInitiationObserver(next.getEndpoint(), bus), release, drain);
    }

    /**
     * Serves the address from this unstarted server from now on and returns at once; the previous
     * server is released on {@code retirer} once its requests finished (at most {@code drain}).
     */
    synchronized void serveAndRetireLater(Server next, Bus bus, Runnable release, Duration drain, Executor retirer) {
        SwappableObserver.Target previous = observer.swap(new ChainInitiationObserver(next.getEndpoint(), bus));
        Runnable releasePrevious = releaseCurrent;
        releaseCurrent = release;
        retirer.execute(() -> retire(previous, releasePrevious, drain));
    }

    /** Answers every request of the address with this observer (e.g. "unavailable") from now on. */
    synchronized void answerWith(MessageObserver next, Runnable release, Duration drain) {
        SwappableObserver.Target previous = observer.swap(next);
        Runnable releasePrevious = releaseCurrent;
        releaseCurrent = release;
        retire(previous, releasePrevious, drain);
    }

    private void retire(SwappableObserver.Target previous, Runnable release, Duration drain) {
        try {
            if (!previous.drain(drain)) {
                LOG.info("Requests to {} still running after {} s; releasing the previous server anyway", address, drain.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (release != null) {
            release.run();
        }
    }

    /** Gives the address back: it answers 404 until someone claims it again. */
    synchronized void close() {
        destination.setMessageObserver(null);
        destination.shutdown();
        if (releaseCurrent != null) {
            releaseCurrent.run();
            releaseCurrent = null;
        }
    }

    String address() {
        return address;
    }
}
