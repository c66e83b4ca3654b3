package org.centrala.tenancy.internal.web;

import io.swagger.v3.oas.annotations.media.Schema;

/** The body of {@code POST /tenants/{id}/move}: the reseller the tenant moves to. */
public record TenantMoveRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String resellerId) {
}
