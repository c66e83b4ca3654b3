package org.centrala.tenancy;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Whiteboard (issue 9): a concern that keeps a tenant's personal data erases or anonymises it when
 * the tenant is erased. Called in the transaction that erases the tenant, before tenancy removes its
 * departments; an eraser that throws rolls the whole erasure back. Registered with the service
 * property {@value #CONCERN}, which the audit entry of the erasure lists.
 */
@ConsumerType
public interface TenantDataEraser {
    /** Service property: the concern's name, such as {@code directory}. */
    String CONCERN = "centrala.concern";

    void eraseTenant(String tenantId);
}
