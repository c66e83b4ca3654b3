package org.centrala.events.internal.webhooks;

import java.lang.annotation.Annotation;

/** Webhook settings for a test. */
record TestConfig(String[] allowedHosts, int maxAttempts, int firstRetrySeconds, int maxRetrySeconds) implements WebhookConfig {

    /** Retries after 1 s, then 3 s, at most the given attempts. */
    TestConfig(String[] allowedHosts, int maxAttempts) {
        this(allowedHosts, maxAttempts, 1, 3);
    }

    @Override
    public int timeoutSeconds() {
        return 5;
    }

    @Override
    public int senders() {
        return 2;
    }

    @Override
    public int keepDays() {
        return 7;
    }

    @Override
    public Class<? extends Annotation> annotationType() {
        return WebhookConfig.class;
    }
}
