package org.centrala.statistics.internal;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One line of a report: a subject's figures over one period, on the tenant's clock. Flat, so that
 * the CSV and XLSX downloads have the same columns as the JSON.
 */
@Schema(description = "A subject's figures over one period of a report (docs/statistics.md)")
@JsonPropertyOrder({"periodStart", "dimension", "subjectId", "subjectName", "departmentId", "offered", "answered",
        "answeredWithinServiceLevel", "abandoned", "timedOut", "serviceLevelPercent", "averageSpeedOfAnswerSeconds",
        "averageHandleTimeSeconds", "abandonRatePercent", "longestWaitSeconds", "averageAbandonWaitSeconds", "talkSeconds",
        "loggedInSeconds", "availableSeconds", "ringingSeconds", "onCallSeconds", "wrapUpSeconds", "pausedSeconds"})
public record ReportRow(@Schema(description = "the period's start on the tenant's clock", example = "2026-12-07T09:00:00+01:00")
                        OffsetDateTime periodStart, Dimension dimension,
                        @Schema(description = "the tenant, department, queue or user id (a queue Centrala does not know: its PBX name)")
                        String subjectId, String subjectName, String departmentId,
                        long offered, long answered, long answeredWithinServiceLevel, long abandoned, long timedOut,
                        Double serviceLevelPercent, Double averageSpeedOfAnswerSeconds, Double averageHandleTimeSeconds,
                        Double abandonRatePercent, double longestWaitSeconds, Double averageAbandonWaitSeconds, double talkSeconds,
                        double loggedInSeconds, double availableSeconds, double ringingSeconds, double onCallSeconds,
                        double wrapUpSeconds, double pausedSeconds) {

    static ReportRow of(OffsetDateTime periodStart, Dimension dimension, String subjectId, String subjectName, String departmentId,
                        Figures f) {
        return new ReportRow(periodStart, dimension, subjectId, subjectName, departmentId, f.offered(), f.answered(),
                f.answeredWithinServiceLevel(), f.abandoned(), f.timedOut(), f.serviceLevelPercent(), f.averageSpeedOfAnswerSeconds(),
                f.averageHandleTimeSeconds(), f.abandonRatePercent(), f.longestWaitSeconds(), f.averageAbandonWaitSeconds(),
                f.talkSeconds(), f.loggedInSeconds(), f.availableSeconds(), f.ringingSeconds(), f.onCallSeconds(), f.wrapUpSeconds(),
                f.pausedSeconds());
    }
}
