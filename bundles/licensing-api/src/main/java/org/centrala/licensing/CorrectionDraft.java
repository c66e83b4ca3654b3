package org.centrala.licensing;

import java.math.BigDecimal;
import java.time.YearMonth;

import io.swagger.v3.oas.annotations.media.Schema;

/** What a reseller sends to add a correction to a statement: the tenant, why, how much (negative: a credit), and the month it corrects. */
public record CorrectionDraft(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String tenantId,
                              @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Credit for the PBX outage") String description,
                              @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "-7.50") BigDecimal amount,
                              @Schema(example = "2026-11") YearMonth refersTo) {
}
