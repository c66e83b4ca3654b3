/**
 * The web host's API for the bundles that publish REST resources and SOAP endpoints: the
 * whiteboard markers {@link org.centrala.web.RestResource} and {@link org.centrala.web.SoapEndpoint},
 * the authorization annotations ({@link org.centrala.web.Allow}, {@link org.centrala.web.IdParam}),
 * the access rules, the caller of a request, paging and body helpers, and the services the host
 * needs from other concerns ({@link org.centrala.web.Authenticator}, {@link org.centrala.web.TenantOwnership}).
 * A plugin's resource written against this package is authenticated, authorized and answers
 * problems exactly like a core one.
 */
@Export
@Version("1.5.0")
package org.centrala.web;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
