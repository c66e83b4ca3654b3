package org.centrala.web.soap;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The values a text field of a SOAP type takes, as its WSDL declares them: an {@code xs:simpleType}
 * with one enumeration facet per constant, named after the enum, so that generated clients get an
 * enum type. The field stays text on the server, which answers any other value with a field
 * error, as on REST.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Enumeration {
    Class<? extends Enum<?>> value();
}
