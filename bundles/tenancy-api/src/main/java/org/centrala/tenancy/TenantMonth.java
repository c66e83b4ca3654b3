package org.centrala.tenancy;

import java.time.YearMonth;

/**
 * A tenant as billing sees one month (issue 9): which reseller bills it for the month, and whether
 * it was in service at some moment of it. A tenant that moves is billed by the reseller it had
 * when the month began; one that is suspended or terminated stops being billed from the next month.
 *
 * @param resellerId the reseller that bills the month
 * @param inService  false when the tenant, or the reseller billing it, was not active at any moment of the month
 */
public record TenantMonth(Tenant tenant, YearMonth month, String resellerId, boolean inService) {
}
