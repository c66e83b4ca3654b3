package org.centrala.routing.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/org.centrala.routing.cfg}: the routing's and click-to-call's settings; changes apply at once. */
@ObjectClassDefinition(name = "Centrala routing and click-to-call")
public @interface RoutingConfig {
    String PID = "org.centrala.routing";

    @AttributeDefinition(description = "Calls a user may place through the API in one minute")
    int callsPerMinute() default 10;

    @AttributeDefinition(description = "Seconds a caller routed into a queue waits for an agent before it hears that nobody"
            + " is available and the call ends (Queue()'s timeout)", min = "10", max = "3600")
    int queueWaitSeconds() default 300;
}
