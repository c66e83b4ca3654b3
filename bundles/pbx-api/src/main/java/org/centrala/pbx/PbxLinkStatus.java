package org.centrala.pbx;

import java.time.Instant;
import java.util.List;

/**
 * One AMI connection: which Asterisk, which tenants share it, its state since when, the last
 * error, the event pipeline's counters (eventsDropped should stay 0), what the resynchronisations
 * and events taught it (devices and queue members known) and how many ended calls fit no tenant.
 */
public record PbxLinkStatus(String id, String host, int port, String amiUser, List<String> tenantIds,
                            LinkState state, Instant since, String lastError, Instant lastErrorAt, long connects,
                            long eventsReceived, long eventsProcessed, long eventsDropped, int queueDepth,
                            int queueCapacity, int callsInProgress, int devicesKnown, int queueMembersKnown,
                            long callsUnattributed) {

    public PbxLinkStatus {
        tenantIds = List.copyOf(tenantIds);
    }

    /**
     * The same status as seen by one tenant: the other tenants sharing the PBX and the counts that
     * measure their traffic too are left out (-1). Drops stay: they say whether records may be
     * missing, which every tenant on the link needs to know.
     */
    public PbxLinkStatus forTenant(String tenantId) {
        return new PbxLinkStatus(id, host, port, amiUser, List.of(tenantId), state, since, lastError, lastErrorAt,
                connects, -1, -1, eventsDropped, -1, queueCapacity, -1, -1, -1, -1);
    }
}
