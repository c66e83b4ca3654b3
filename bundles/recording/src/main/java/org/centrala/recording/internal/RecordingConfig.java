package org.centrala.recording.internal;

import org.centrala.recording.RecordingPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** etc/org.centrala.recording.cfg: what a tenant without settings of its own gets, and how often retention runs. */
@ObjectClassDefinition(name = "Centrala recording", description = "Call recording defaults and retention")
public @interface RecordingConfig {
    String PID = "org.centrala.recording";

    @AttributeDefinition(description = "The policy of a tenant that set none: NONE, ON_DEMAND, QUEUE_CALLS or ALL")
    RecordingPolicy defaultPolicy() default RecordingPolicy.NONE;

    @AttributeDefinition(description = "How many days a tenant that set none keeps its recordings")
    int defaultRetentionDays() default 90;

    @AttributeDefinition(description = "How often expired recordings are deleted (minutes)")
    int retentionEveryMinutes() default 60;

    @AttributeDefinition(description = "How long a recording's file may take to appear after its call ended before it is"
            + " MISSING (seconds); Asterisk closes the file at the hang-up, shared storage may show it later")
    int fileWaitSeconds() default 600;
}
