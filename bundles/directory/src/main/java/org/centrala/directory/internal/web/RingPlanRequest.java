package org.centrala.directory.internal.web;

import java.util.List;

import org.centrala.directory.RingStep;

/** The steps of a ring plan, in order. */
public record RingPlanRequest(List<RingStep> steps) {
}
