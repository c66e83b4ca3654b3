package org.centrala.web;

import java.util.List;

/**
 * The node's readiness and the state of each of its parts.
 *
 * @param ready whether every part that gates readiness is up
 * @param parts every part, sorted by name
 */
public record HealthReport(boolean ready, List<HealthPart> parts) {
    public HealthReport {
        parts = List.copyOf(parts);
    }
}
