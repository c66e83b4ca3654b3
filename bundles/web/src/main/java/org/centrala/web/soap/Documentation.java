package org.centrala.web.soap;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a SOAP operation does, as its WSDL documents it ({@code wsdl:documentation}). An operation
 * without it is documented with the summary of the REST operation of the same operationId in its
 * bundle's OpenAPI part, since the SOAP services mirror the REST API.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Documentation {
    String value();
}
