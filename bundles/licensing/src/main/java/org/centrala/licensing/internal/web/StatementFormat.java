package org.centrala.licensing.internal.web;

import java.util.List;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.centrala.licensing.BillingStatement;
import org.centrala.web.CsvExport;

/** Billing statements answered as JSON (default) or, with {@code ?format=csv}, as one CSV row per billable line. */
final class StatementFormat {
    private StatementFormat() {
    }

    static Response answer(String format, Object json, List<BillingStatement> statements, String filename) {
        if (!CsvExport.wanted(format)) {
            return Response.ok(json, MediaType.APPLICATION_JSON).build();
        }
        return CsvExport.<BillingCsvRow, BillingCsvRow>attachment(filename, BillingCsvRow.class,
                sink -> statements.forEach(statement -> statement.lines().forEach(line -> sink.accept(BillingCsvRow.of(statement, line)))),
                row -> row);
    }
}
