package org.centrala.web;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Marks a JAX-WS implementor (a class annotated {@code @WebService}) that a bundle offers as a
 * SOAP service. Register it as an OSGi service of this type with the property {@value #PATH}
 * (one lower-case path segment such as {@code tenancy}); the web host publishes it at
 * {@code /soap/<path>} with its WSDL at {@code ?wsdl}, authenticated like the REST API, for as
 * long as the service exists. While it is away and its bundle still installed the address
 * answers a SOAP fault with HTTP 503 and Retry-After.
 */
@ConsumerType
public interface SoapEndpoint {
    /** Service property: the path segment under /soap. */
    String PATH = "centrala.soap.path";
}
