/**
 * The Centrala database as domain bundles see it: {@link org.centrala.persistence.Database} runs
 * portable SQL with thread-bound transactions and applies each module's versioned migrations.
 */
@Export
@Version("1.4.0")
package org.centrala.persistence;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
