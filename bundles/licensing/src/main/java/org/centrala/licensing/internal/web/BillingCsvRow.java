package org.centrala.licensing.internal.web;

import java.math.BigDecimal;

import org.centrala.licensing.BillingLine;
import org.centrala.licensing.BillingStatement;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** R17: one billable line of a statement as a row of the billing CSV, for a reseller's accounting. */
@JsonPropertyOrder({"resellerId", "tenantId", "tenantName", "month", "item", "description", "quantity", "unitPrice", "amount", "currency"})
record BillingCsvRow(String resellerId, String tenantId, String tenantName, String month, String item, String description, int quantity,
                     BigDecimal unitPrice, BigDecimal amount, String currency) {

    static BillingCsvRow of(BillingStatement statement, BillingLine line) {
        return new BillingCsvRow(statement.resellerId(), statement.tenantId(), statement.tenantName(), statement.month().toString(),
                line.item(), line.description(), line.quantity(), line.unitPrice(), line.amount(), statement.currency());
    }
}
