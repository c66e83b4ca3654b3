/**
 * Contact-centre statistics (issue 12, R8): the EventAdmin topic on which the statistics bundle
 * tells of changed live figures (docs/statistics.md).
 */
@Version("1.0.0")
package org.centrala.statistics;

import org.osgi.annotation.versioning.Version;
