package org.centrala.queues.internal.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.centrala.queues.MonitorMode;

/** How the supervisor joins the agent's call. */
public record MonitorRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) MonitorMode mode) {
}
