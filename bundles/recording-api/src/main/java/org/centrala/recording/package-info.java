/**
 * Call recording (issue 12, R6, R9, R18): the recording policies of a tenant, its queues and its
 * users, as the routing asks them for each call it routes.
 */
@Version("1.0.0")
package org.centrala.recording;

import org.osgi.annotation.versioning.Version;
