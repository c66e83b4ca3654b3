package org.centrala.queues.internal.web;

import java.util.List;

import org.centrala.queues.Agent;

/** The shape of a page of agents in the OpenAPI document. */
record AgentPage(List<Agent> items, int page, int size, long total) {
}
