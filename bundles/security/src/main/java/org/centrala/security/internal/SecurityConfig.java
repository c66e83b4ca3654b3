package org.centrala.security.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The settings of {@code etc/org.centrala.security.cfg}, shared by the components that read them. */
@ObjectClassDefinition(name = "Centrala security", description = "Log-in throttling and the operators' realm")
public @interface SecurityConfig {
    @AttributeDefinition(description = "Failed log-ins of one user name that are answered without delay")
    int freeFailures() default 5;

    @AttributeDefinition(description = "Failed log-ins from one client address (any names) that are answered without delay;"
            + " after them only further failures from the address are refused, never valid credentials")
    int freeFailuresPerAddress() default 50;

    @AttributeDefinition(description = "The longest a name or address must wait after repeated failures, in seconds")
    int maxDelaySeconds() default 900;

    @AttributeDefinition(description = "Keep Karaf's shipped operator password admin/admin (the demo only);"
            + " otherwise the first start replaces it by a generated one")
    boolean keepDefaultOperatorPassword() default false;
}
