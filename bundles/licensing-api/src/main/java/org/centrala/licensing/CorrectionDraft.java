package org.centrala.licensing;

import java.math.BigDecimal;
import java.time.YearMonth;

/** What a reseller sends to add a correction to a statement: the tenant, why, how much (negative: a credit), and the month it corrects. */
public record CorrectionDraft(String tenantId, String description, BigDecimal amount, YearMonth refersTo) {
}
