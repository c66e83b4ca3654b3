package org.centrala.pbx.internal.link;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import org.centrala.pbx.EndedCallConsumer;
import org.centrala.pbx.internal.model.CallListener;
import org.centrala.pbx.internal.records.CallAttribution;
import org.osgi.service.event.EventAdmin;

/**
 * The benchmark's way into the link's package: the call listener and the ended-call journal wired
 * as {@code PbxLinkManager} wires them for one PBX, with the consumers the benchmark attaches.
 */
public final class BenchLink implements AutoCloseable {
    private final EndedCallJournal journal;
    private final LinkCallListener listener;

    public BenchLink(int port, Map<String, String> tenantsByContext, CallAttribution attribution, EventAdmin events) {
        this.journal = new EndedCallJournal(10_000, Duration.ofMinutes(1), Clock.systemUTC());
        this.listener = new LinkCallListener(new LinkKey("127.0.0.1", port, "bench"), () -> tenantsByContext, attribution,
                events, journal::append);
    }

    public CallListener listener() {
        return listener;
    }

    /** As a consumer's service appears: it is handed every call that ends from now on, on a thread of its own. */
    public void attach(String name, EndedCallConsumer consumer) {
        journal.bind(name, consumer, 0);
    }

    @Override
    public void close() {
        listener.close(false);
        journal.close(Duration.ofSeconds(30), true);
    }
}
