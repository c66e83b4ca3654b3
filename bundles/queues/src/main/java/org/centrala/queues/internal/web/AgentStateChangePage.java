package org.centrala.queues.internal.web;

import java.util.List;

import org.centrala.queues.AgentStateChange;

/** The shape of a page of agent state changes in the OpenAPI document. */
record AgentStateChangePage(List<AgentStateChange> items, int page, int size, long total) {
}
