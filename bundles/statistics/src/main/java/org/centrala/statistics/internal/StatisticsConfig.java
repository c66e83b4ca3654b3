package org.centrala.statistics.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** etc/org.centrala.statistics.cfg: what a tenant without settings of its own gets. */
@ObjectClassDefinition(name = "Centrala statistics", description = "Contact-centre statistics defaults")
public @interface StatisticsConfig {
    String PID = "org.centrala.statistics";

    @AttributeDefinition(description = "The time zone (IANA name, e.g. Europe/Belgrade) whose days, months and hours the"
            + " reports of a tenant that set none use")
    String defaultTimeZone() default "UTC";
}
