package org.centrala.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may call a resource method besides node operators. Every method of the API carries one;
 * {@link AccessFilter} refuses methods without it, so a forgotten annotation closes, not opens.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Allow {
    Audience[] value();

    /**
     * R7, R18: functions of an access profile that also allow the operation to a user of the
     * path's tenant, whatever its roles (e.g. {@code devices.manage}).
     */
    String[] functions() default {};
}
