/**
 * What every Centrala bundle shares: the domain errors that the REST, SOAP and shell front ends
 * translate into answers (404, 409, 503, 400 naming the fields), field validation, paging with
 * sorting, who is calling ({@link org.centrala.common.Caller}, its roles and data scope) and who
 * is acting for the audit log ({@link org.centrala.common.ActorContext}), and
 * {@link org.centrala.common.ServiceSlot} for services of other concerns that may be updated
 * while this one runs; {@link org.centrala.common.HealthIndicator} for parts that report their
 * health to the node's readiness.
 */
@Export
@Version("1.5.0")
package org.centrala.common;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
