package org.centrala.licensing.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The settings of {@code etc/org.centrala.licensing.cfg}. */
@ObjectClassDefinition(name = "Centrala billing", description = "When months are closed")
public @interface BillingConfig {
    @AttributeDefinition(description = "Days after a month ends when its statements are closed by themselves, if the reseller has not"
            + " closed it before (issue 9); 0 closes no month by itself")
    int closeAfterDays() default 10;
}
