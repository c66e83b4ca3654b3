package org.centrala.licensing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;

/**
 * Issue 9: a credit (negative) or debit (positive) on a tenant's statement of an open month, which
 * is how a closed month is corrected: the closed statement stays as it was invoiced.
 *
 * @param refersTo the month it corrects, if it corrects one
 */
public record BillingCorrection(String id, String resellerId, String tenantId, YearMonth month, YearMonth refersTo, String description,
                                BigDecimal amount, Instant createdAt) {
    /** The item of its statement line: {@code correction:<id>}. */
    public static final String ITEM_PREFIX = "correction:";
}
