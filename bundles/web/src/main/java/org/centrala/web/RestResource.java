package org.centrala.web;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Marks a JAX-RS root resource that a bundle offers to the REST API. Register the resource
 * object as an OSGi service of this type (a DS component with {@code service = RestResource.class})
 * and the web host serves it under {@code /api/v1} while the service exists: authenticated,
 * authorized by its methods' {@link Allow}, with problem answers, and described in the OpenAPI
 * document from the bundle's {@value #OPENAPI_ENTRY}.
 *
 * <p>While the service is away but its bundle is still installed (an update, a restart), its
 * paths answer 503 with Retry-After; once the bundle is uninstalled they are gone.
 */
@ConsumerType
public interface RestResource {
    /** Where in its bundle the web host looks for the OpenAPI 3 part that describes the bundle's resources. */
    String OPENAPI_ENTRY = "OSGI-INF/centrala/openapi.json";
}
