/**
 * Who is calling, and what they may see: authentication of REST, SOAP and partner calls against
 * Centrala's own user store (a Karaf JAAS realm named "centrala"),
 * API tokens, and the {@link org.centrala.common.Caller} whose scope every front end enforces.
 */
@Export
@Version("2.1.0")
package org.centrala.security;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
