package org.centrala.events.internal.webhooks;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** etc/org.centrala.webhooks.cfg: where webhooks may point, and how deliveries are retried. */
@ObjectClassDefinition(name = "Centrala webhooks", description = "Delivery of tenants' live events to their webhooks")
public @interface WebhookConfig {
    String PID = "org.centrala.webhooks";

    @AttributeDefinition(description = "Hosts a webhook may reach over plain http or on a loopback, link-local or private"
            + " address (e.g. an integration on the node itself); every other webhook must be https to a public address")
    String[] allowedHosts() default {};

    @AttributeDefinition(description = "Attempts of one delivery before it is FAILED (listed over REST, retried by hand)")
    int maxAttempts() default 8;

    @AttributeDefinition(description = "Seconds before the first retry; each next one waits three times longer")
    int firstRetrySeconds() default 10;

    @AttributeDefinition(description = "The longest wait between two attempts, in seconds")
    int maxRetrySeconds() default 3600;

    @AttributeDefinition(description = "Seconds a receiver has to answer a delivery")
    int timeoutSeconds() default 10;

    @AttributeDefinition(description = "Deliveries sent at once, over all webhooks of the node")
    int senders() default 4;

    @AttributeDefinition(description = "Days delivered and failed deliveries are kept for the REST list")
    int keepDays() default 7;
}
