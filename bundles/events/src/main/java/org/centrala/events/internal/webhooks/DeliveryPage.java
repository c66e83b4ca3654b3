package org.centrala.events.internal.webhooks;

import java.util.List;

/** A page of a webhook's deliveries, newest first. */
public record DeliveryPage(List<Delivery> items, int page, int size, long total) {
}
