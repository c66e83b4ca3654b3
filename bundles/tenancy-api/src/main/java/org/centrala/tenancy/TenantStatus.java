package org.centrala.tenancy;

/** Where a tenant or a reseller is in its life (issue 9): working, or suspended with its data kept. */
public enum TenantStatus {
    /** Its users log in, its PBX is linked, it is billed. */
    ACTIVE,
    /** Its users' log-ins are refused, its PBX link is stopped, billing stops from the next month; nothing is deleted. */
    SUSPENDED
}
