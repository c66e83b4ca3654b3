package org.centrala.common;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * One part of the node reporting its health: the database, the REST and SOAP hosts, the PBX links,
 * a plugin's connection. Registered as a whiteboard service with the part's name in
 * {@value #PART}; the node's readiness ({@code /api/v1/health/ready}, {@code centrala:health})
 * waits for every part that gates readiness. {@link #health()} is called on each readiness probe,
 * so it must answer from what the part already knows, within milliseconds, and never throw.
 */
@ConsumerType
public interface HealthIndicator {
    /** Service property: the part's name, e.g. {@code database} or {@code pbx-links}. Required. */
    String PART = "centrala.health.part";
    /**
     * Service property, Boolean, default true: whether the node is not ready while this part is
     * down. False for parts outside the node's control, such as a customer's PBX. The same
     * property false on any Declarative Services component of a Centrala bundle says that the
     * component may wait unsatisfied by design, so its bundle's part stays up.
     */
    String GATES_READINESS = "centrala.health.gatesReadiness";

    PartHealth health();
}
