package org.centrala.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Names what the {@code {id}} path parameter of a resource class is: "tenantId", "resellerId" or "userId". */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface IdParam {
    String value();
}
