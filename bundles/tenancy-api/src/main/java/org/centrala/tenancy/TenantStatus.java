package org.centrala.tenancy;

/**
 * Where a tenant or a reseller is in its life (issue 9): active, suspended, terminated and, once
 * its retention period is over, erased.
 */
public enum TenantStatus {
    /** Its users log in, its PBX is linked, it is billed. */
    ACTIVE,
    /** Its users' log-ins are refused, its PBX link is stopped, billing stops from the next month; nothing is deleted. */
    SUSPENDED,
    /**
     * As suspended, and its data is erased when its reseller's retention period has passed since;
     * until then the termination can be withdrawn.
     */
    TERMINATED,
    /**
     * Its personal data is gone: users anonymised, devices, lines, credentials and call parties
     * removed. Its name and its billing history stay, for its reseller. Final.
     */
    ERASED
}
