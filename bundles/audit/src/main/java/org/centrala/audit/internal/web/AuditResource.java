package org.centrala.audit.internal.web;

import org.centrala.web.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.centrala.audit.AuditLog;
import org.centrala.audit.AuditQuery;
import org.centrala.web.Instants;
import org.centrala.web.Paging;
import org.centrala.web.CsvExport;
import org.centrala.web.ExportFormat;

import org.centrala.web.Allow;
import org.centrala.web.Audience;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** R9: a tenant's audit trail, per user and time span. Read-only: the log has no edit or delete. */
@Path("tenants/{tenantId}/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
@Component(service = RestResource.class, scope = ServiceScope.PROTOTYPE)
public class AuditResource implements RestResource {
    private final AuditLog audit;

    @Activate
    public AuditResource(@Reference AuditLog audit) {
        this.audit = audit;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvExport.MEDIA_TYPE, ExportFormat.XLSX_MEDIA_TYPE})
    @ApiResponse(responseCode = "200", description = "a page of audit entries, or with format=csv or xlsx all of them", content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = org.centrala.audit.internal.web.AuditEntryPage.class)), @Content(mediaType = "text/csv"), @Content(mediaType = ExportFormat.XLSX_MEDIA_TYPE)})
    @Operation(operationId = "listTenantAuditEntries", summary = "The tenant's audit entries, oldest first (format=csv or xlsx exports every match), optionally about one user, of one action, actor or target, within [from, to)")
    @Allow({Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN})
    public Response query(@PathParam("tenantId") String tenantId,
                                  @QueryParam("userId") @Parameter(description = "only entries about this user") String userId,
                                  @QueryParam("action") @Parameter(description = "one action (user.updated), or all that start with a prefix ending in a dot (user.)") String action,
                                  @QueryParam("actor") @Parameter(description = "who acted: user:<name>, reseller-admin:<e-mail>, operator:<name>, shell:<name>") String actor,
                                  @QueryParam("target") @Parameter(description = "what was acted on: user:<id>, device:<id>, ...") String target,
                                  @QueryParam("from") @Parameter(description = "ISO-8601 instant, inclusive") String from,
                                  @QueryParam("to") @Parameter(description = "ISO-8601 instant, exclusive") String to,
                                  @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort,
                                  @QueryParam("format") @Parameter(description = "json (default), csv or xlsx (a spreadsheet)") String format) {
        AuditQuery query = new AuditQuery(tenantId, blankToNull(userId), Instants.parse("from", from), Instants.parse("to", to))
                .narrowedTo(action, actor, target);
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
