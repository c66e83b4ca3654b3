package org.centrala.rest.internal.audit;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.centrala.audit.AuditEntry;
import org.centrala.audit.AuditLog;
import org.centrala.audit.AuditQuery;
import org.centrala.common.Page;
import org.centrala.rest.internal.Instants;
import org.centrala.rest.internal.Paging;

import org.centrala.rest.internal.access.Allow;
import org.centrala.rest.internal.access.Audience;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** R9: a tenant's audit trail, per user and time span. Read-only: the log has no edit or delete. */
@Path("tenants/{tenantId}/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
public class AuditResource {
    private final AuditLog audit;

    public AuditResource(AuditLog audit) {
        this.audit = audit;
    }

    @GET
    @Operation(summary = "The tenant's audit entries, oldest first, optionally about one user and within [from, to)")
    @Allow({Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN})
    public Page<AuditEntry> query(@PathParam("tenantId") String tenantId,
                                  @QueryParam("userId") @Parameter(description = "only entries about this user") String userId,
                                  @QueryParam("from") @Parameter(description = "ISO-8601 instant, inclusive") String from,
                                  @QueryParam("to") @Parameter(description = "ISO-8601 instant, exclusive") String to,
                                  @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
        return audit.query(new AuditQuery(tenantId, blankToNull(userId), Instants.parse("from", from), Instants.parse("to", to)),
                Paging.request(page, size, sort));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
