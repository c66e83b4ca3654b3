package org.centrala.events.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** etc/org.centrala.events.cfg: the live event stream's buffer and limits. */
@ObjectClassDefinition(name = "Centrala live events", description = "The live event stream (server-sent events) of tenants")
public @interface EventsConfig {
    String PID = "org.centrala.events";

    @AttributeDefinition(description = "Events kept per tenant for clients that reconnect with Last-Event-ID")
    int bufferedEvents() default 2000;

    @AttributeDefinition(description = "Events that may wait for one subscriber; a subscriber that falls this far behind is"
            + " disconnected (it reconnects and catches up from the buffer); at most half of bufferedEvents")
    int subscriberQueue() default 1000;

    @AttributeDefinition(description = "Open streams per node; more answer 503 with Retry-After (each holds a thread of the"
            + " HTTP server: keep it well below org.ops4j.pax.web.server.maxThreads)")
    int maxSubscribers() default 300;

    @AttributeDefinition(description = "Seconds between keep-alive comments on a quiet stream (a dead client is noticed then)")
    int keepAliveSeconds() default 15;

    @AttributeDefinition(description = "Least milliseconds between two writes to a busy stream: what comes meanwhile goes in"
            + " one write (0 to 1000). Lower is sooner, and wakes each subscriber's thread more often")
    int writeIntervalMillis() default 25;
}
