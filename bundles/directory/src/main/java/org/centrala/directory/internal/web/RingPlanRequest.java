package org.centrala.directory.internal.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.centrala.directory.RingStep;

/** The steps of a ring plan, in order. */
public record RingPlanRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<RingStep> steps) {
}
