package org.centrala.pbx;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Whiteboard of what the PBX link hands every ended call to, in the order the calls ended: the
 * call records, the recording index, the statistics, a plugin. Register it with the service
 * property {@link #NAME}: the link keeps the calls a named consumer has not taken yet while it is
 * away (its bundle being updated) and hands them over when it is back, and hands a call over
 * again when {@link #accept} threw. A consumer seen for the first time is also handed the calls
 * that ended shortly before (the node's boot). So an implementation must take a call it already
 * holds (same link, tenant and PBX call id) without doubling it.
 */
@ConsumerType
public interface EndedCallConsumer {
    /** The service property naming a consumer, e.g. {@code call-records}; one cursor per name. */
    String NAME = "centrala.call.consumer";

    /** @throws RuntimeException if the call could not be taken; it is handed over again later */
    void accept(EndedCall call);

    /**
     * Several calls at once, in the order they ended, when more than one waits for this consumer
     * (a busy PBX, or a consumer that is back): a consumer that keeps them in a database takes them
     * in one transaction. By default each is {@link #accept accepted} in turn.
     *
     * @throws RuntimeException if they could not all be taken; they are all handed over again
     *                          (those taken already must not double), one by one when the failure
     *                          was not a passing one, so that only a call that fails itself is given up
     * @since 2.2
     */
    default void acceptAll(java.util.List<EndedCall> calls) {
        calls.forEach(this::accept);
    }
}
