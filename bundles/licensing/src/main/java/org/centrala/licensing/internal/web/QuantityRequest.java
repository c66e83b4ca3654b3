package org.centrala.licensing.internal.web;

import org.centrala.common.ValidationException;

/** A quantity from a month on; {@code fromMonth} (YYYY-MM) defaults to the current month. */
public record QuantityRequest(Integer quantity, String fromMonth) {

    int requiredQuantity() {
        if (quantity == null) {
            throw new ValidationException("quantity", "is required");
        }
        return quantity;
    }
}
