package org.centrala.licensing;

import java.math.BigDecimal;

/** One billable item of a month: null prices mean the reseller's price list lacks the item. */
public record BillingLine(String item, String description, int quantity, BigDecimal unitPrice, BigDecimal amount) {
}
