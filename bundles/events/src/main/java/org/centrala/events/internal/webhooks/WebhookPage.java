package org.centrala.events.internal.webhooks;

import java.util.List;

/** A page of a tenant's webhooks. */
public record WebhookPage(List<Webhook> items, int page, int size, long total) {
}
