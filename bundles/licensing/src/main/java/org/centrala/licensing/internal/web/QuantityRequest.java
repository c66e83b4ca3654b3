package org.centrala.licensing.internal.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.centrala.common.ValidationException;

/** A quantity from a month on; {@code fromMonth} (YYYY-MM) defaults to the current month. */
public record QuantityRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "5") Integer quantity,
                              @Schema(example = "2026-12") String fromMonth) {

    int requiredQuantity() {
        if (quantity == null) {
            throw new ValidationException("quantity", "is required");
        }
        return quantity;
    }
}
