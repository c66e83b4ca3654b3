package org.centrala.licensing;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * R17: what a tenant owes its reseller for a month: the PBX, the device packs and, per channel,
 * the peak number of licences held at any moment of the month. {@code complete} is false when a
 * line has no price, in which case {@code total} covers the priced lines only. {@code closed} is
 * true once the reseller has closed the month: the statement is then kept as it was at that
 * moment and never changes.
 */
public record BillingStatement(String resellerId, String tenantId, String tenantName, YearMonth month, String currency,
                               List<BillingLine> lines, BigDecimal total, boolean complete, boolean closed) {
}
