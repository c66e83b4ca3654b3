package org.centrala.demo.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** etc/org.centrala.demo.cfg: whether the demo runs, and how fast its calls come. */
@ObjectClassDefinition(name = "Centrala demo mode",
        description = "A demo reseller and tenant on the built-in test PBX, with a steady flow of calls")
public @interface DemoConfig {
    String PID = "org.centrala.demo";

    @AttributeDefinition(description = "Run the demo (bin/demo sets this through -Dcentrala.demo=true)")
    boolean enabled() default false;

    @AttributeDefinition(description = "Loopback port of the test PBX's AMI server for the demo")
    int pbxPort() default 15038;

    @AttributeDefinition(description = "Mean seconds of PBX time between two new calls (jittered by half; "
            + "the time scale shortens them)")
    int callIntervalSeconds() default 10;

    @AttributeDefinition(description = "Time factor of the test PBX: 0.2 plays a 10 s ring in 2 s and a "
            + "minute's call in 12 s, so that records appear soon after start; 1 is real time. "
            + "Note: it also divides callIntervalSeconds.")
    double timeScale() default 0.2;
}
