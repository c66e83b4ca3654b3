package org.centrala.licensing.internal.web;

import java.util.List;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.centrala.common.ValidationException;
import org.centrala.licensing.BillingStatement;

/** Billing statements answered as JSON (default) or CSV ({@code ?format=csv}). */
final class StatementFormat {
    private StatementFormat() {
    }

    static Response answer(String format, Object json, List<BillingStatement> statements) {
        if (format == null || format.isBlank() || format.equals("json")) {
            return Response.ok(json, MediaType.APPLICATION_JSON).build();
        }
        if (format.equals("csv")) {
            return Response.ok(BillingCsv.write(statements), BillingCsv.MEDIA_TYPE + "; charset=utf-8").build();
        }
        throw new ValidationException("format", "must be json or csv");
    }
}
