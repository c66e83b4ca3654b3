package org.centrala.web;

/** Who, besides node operators (who may do everything), may call an operation. */
public enum Audience {
    /** Administrators of the reseller that the path's reseller or tenant belongs to (R1, R17). */
    RESELLER_ADMIN,
    /** Tenant users with the ADMINISTRATOR role, in their own tenant (R16). */
    TENANT_ADMIN,
    /** Tenant users with the TECHNICIAN role, in their own tenant. */
    TECHNICIAN,
    /** Tenant users with the DEVELOPER role, in their own tenant: reading, for integrations. */
    DEVELOPER,
    /** Tenant users with the SUPERVISOR role: reading, limited to their departments (R18). */
    SUPERVISOR,
    /** The tenant user the path's user id names: itself. */
    SELF,
    /** Any user of the path's tenant. */
    TENANT_USER,
    /** Any authenticated caller. */
    ANYONE
}
