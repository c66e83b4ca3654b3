package org.centrala.licensing;

import java.math.BigDecimal;

import io.swagger.v3.oas.annotations.media.Schema;

/** A reseller's unit price of a billable item ({@code pbx}, {@code device-pack}, {@code licence:<channel>}). */
public record Price(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "licence:voice") String item,
                    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "15.50") BigDecimal unitPrice) {
}
