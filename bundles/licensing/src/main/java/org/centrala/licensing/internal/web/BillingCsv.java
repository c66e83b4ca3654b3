package org.centrala.licensing.internal.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.centrala.licensing.BillingLine;
import org.centrala.licensing.BillingStatement;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/** R17: billing statements as CSV, one row per billable line, for a reseller's accounting. */
final class BillingCsv {
    static final String MEDIA_TYPE = "text/csv";
    private static final CsvMapper MAPPER = new CsvMapper();
    private static final CsvSchema SCHEMA = MAPPER.schemaFor(Row.class).withHeader();

    private BillingCsv() {
    }

    @JsonPropertyOrder({"resellerId", "tenantId", "tenantName", "month", "item", "description", "quantity", "unitPrice", "amount", "currency"})
    record Row(String resellerId, String tenantId, String tenantName, String month, String item, String description, int quantity,
               BigDecimal unitPrice, BigDecimal amount, String currency) {
    }

    static String write(List<BillingStatement> statements) {
        List<Row> rows = new ArrayList<>();
        for (BillingStatement statement : statements) {
            for (BillingLine line : statement.lines()) {
                rows.add(new Row(statement.resellerId(), statement.tenantId(), statement.tenantName(), statement.month().toString(),
                        line.item(), line.description(), line.quantity(), line.unitPrice(), line.amount(), statement.currency()));
            }
        }
        try {
            return MAPPER.writer(SCHEMA).writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("billing rows are plain values and always serialise", e);
        }
    }
}
