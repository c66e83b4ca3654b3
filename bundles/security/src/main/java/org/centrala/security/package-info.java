/**
 * Who is calling, and what they may see: authentication of REST, SOAP and partner calls against
 * Centrala's own user store (a Karaf JAAS realm named {@value org.centrala.security.Authenticator#REALM}),
 * API tokens, and the {@link org.centrala.security.Caller} whose scope every front end enforces.
 */
@Export
@Version("1.0.0")
package org.centrala.security;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
