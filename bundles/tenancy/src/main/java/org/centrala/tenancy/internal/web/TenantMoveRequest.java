package org.centrala.tenancy.internal.web;

/** The body of {@code POST /tenants/{id}/move}: the reseller the tenant moves to. */
public record TenantMoveRequest(String resellerId) {
}
