package org.centrala.audit.internal.web;

import java.time.Instant;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.centrala.audit.AuditLog;
import org.centrala.audit.AuditQuery;
import org.centrala.audit.internal.TenantStint;
import org.centrala.web.Allow;
import org.centrala.web.Audience;
import org.centrala.web.CallerSecurityContext;
import org.centrala.web.CsvExport;
import org.centrala.web.ExportFormat;
import org.centrala.web.Instants;
import org.centrala.web.Paging;
import org.centrala.web.RestResource;
import org.centrala.web.TenantOwnership;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.component.annotations.ServiceScope;

/** R9: a tenant's audit trail, per user and time span. Read-only: the log has no edit or delete. */
@Path("tenants/{tenantId}/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
@Component(service = RestResource.class, scope = ServiceScope.PROTOTYPE)
public class AuditResource implements RestResource {
    private final AuditLog audit;
    /** Tenancy's, bound dynamically: updating tenancy must not stop this resource; a call waits for it. */
    private final org.centrala.common.ServiceSlot<TenantOwnership> ownershipSlot = new org.centrala.common.ServiceSlot<>("Tenancy");
    private final TenantOwnership ownership = ownershipSlot.proxy(TenantOwnership.class);

    @Context
    SecurityContext security;

    @Activate
    public AuditResource(@Reference AuditLog audit) {
        this.audit = audit;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindOwnership(TenantOwnership service) {
        ownershipSlot.bind(service);
    }

    void unbindOwnership(TenantOwnership service) {
        ownershipSlot.unbind(service);
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvExport.MEDIA_TYPE, ExportFormat.XLSX_MEDIA_TYPE})
    @ApiResponse(responseCode = "200", description = "a page of audit entries, or with format=csv or xlsx all of them", content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = org.centrala.audit.internal.web.AuditEntryPage.class)), @Content(mediaType = "text/csv"), @Content(mediaType = ExportFormat.XLSX_MEDIA_TYPE)})
    @Operation(operationId = "listTenantAuditEntries", summary = "The tenant's audit entries, oldest first (format=csv or xlsx exports every match), optionally about one user, of one action, actor or target, mentioning a text, within [from, to)")
    @Allow({Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN})
    public Response query(@PathParam("tenantId") String tenantId,
                                  @QueryParam("userId") @Parameter(description = "only entries about this user") String userId,
                                  @QueryParam("action") @Parameter(description = "one action (user.updated), or all that start with a prefix ending in a dot (user.)") String action,
                                  @QueryParam("actor") @Parameter(description = "who acted: user:<id>, reseller-admin:<e-mail>, operator:<name>, shell:<name>") String actor,
                                  @QueryParam("target") @Parameter(description = "what was acted on: user:<id>, device:<id>, ...") String target,
                                  @QueryParam("q") @Parameter(description = "free text found (any case) in the action, actor, target or details") String q,
                                  @QueryParam("from") @Parameter(description = "ISO-8601 instant, inclusive") String from,
                                  @QueryParam("to") @Parameter(description = "ISO-8601 instant, exclusive") String to,
                                  @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort,
                                  @QueryParam("format") @Parameter(description = "json (default), csv or xlsx (a spreadsheet)") String format) {
        Instant start = TenantStint.from(CallerSecurityContext.of(security), ownership, tenantId, Instants.parse("from", from));
        AuditQuery query = new AuditQuery(tenantId, blankToNull(userId), start, Instants.parse("to", to)).narrowedTo(action, actor, target).mentioning(q);
        ExportFormat export = ExportFormat.of(format);
        if (export != ExportFormat.JSON) {
            return export.attachment("audit-" + tenantId, AuditCsvRow.class,
                    CsvExport.allPages(request -> audit.query(query, request), "recordedAt"), AuditCsvRow::of);
        }
        return Response.ok(audit.query(query, Paging.request(page, size, sort)), MediaType.APPLICATION_JSON).build();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
