/**
 * What every Centrala domain bundle shares: the domain errors that the REST, SOAP and shell
 * front ends translate into answers (404, 409, 400 naming the fields), field validation, and
 * paging with sorting.
 */
@Export
@Version("1.0.0")
package org.centrala.common;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
