package org.centrala.statistics.internal;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** A report: one row per subject and period in [from, to) of the tenant's days, oldest period first. */
@Schema(description = "Historical figures per subject and period, from the roll-ups")
public record Report(@Schema(example = "Europe/Belgrade") String timeZone, Dimension by, Interval interval, LocalDate from,
                     @Schema(description = "exclusive") LocalDate to, List<ReportRow> rows) {
}
