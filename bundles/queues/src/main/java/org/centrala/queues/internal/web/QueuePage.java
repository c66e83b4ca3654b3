package org.centrala.queues.internal.web;

import java.util.List;

import org.centrala.queues.Queue;

/** The shape of a page of queues in the OpenAPI document (the answer is a {@code Page<Queue>}). */
record QueuePage(List<Queue> items, int page, int size, long total) {
}
