package org.centrala.web;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The node's health and readiness, as {@code /api/v1/health}, {@code /api/v1/health/ready} and
 * {@code centrala:health} show them: every {@link org.centrala.common.HealthIndicator}, whether the
 * boot features are installed, and whether every Centrala bundle is active with all its components
 * satisfied.
 */
@ProviderType
public interface NodeHealth {
    HealthReport report();
}
