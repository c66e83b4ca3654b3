package org.centrala.licensing.internal.web;

import org.centrala.web.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.centrala.licensing.BillingService;
import org.centrala.licensing.BillingStatement;
import org.centrala.web.CsvExport;
import org.centrala.web.Months;

import org.centrala.web.Allow;
import org.centrala.web.Audience;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** R17: a tenant's monthly billing statement. */
@Path("tenants/{tenantId}/billing")
@Tag(name = "Billing")
@Component(service = RestResource.class, scope = ServiceScope.PROTOTYPE)
public class TenantBillingResource implements RestResource {
    private final BillingService billing;

    @Activate
    public TenantBillingResource(@Reference BillingService billing) {
        this.billing = billing;
    }

    @GET
    @Path("{month}")
    @Produces({MediaType.APPLICATION_JSON, CsvExport.MEDIA_TYPE})
    @ApiResponse(responseCode = "200", description = "the statement, or with format=csv its lines", content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BillingStatement.class)), @Content(mediaType = "text/csv")})
    @Operation(operationId = "getBillingStatement", summary = "The tenant's statement for a month (YYYY-MM): PBX, device packs, peak licences held per channel (R17)")
    @Allow(value = {Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN}, functions = "billing.view")
    public Response statement(@PathParam("tenantId") String tenantId, @PathParam("month") String month,
                              @QueryParam("format") @Parameter(description = "json (default) or csv") String format) {
        BillingStatement statement = billing.statement(tenantId, Months.required("month", month));
        return StatementFormat.answer(format, statement, List.of(statement), "billing-" + tenantId + "-" + month + ".csv");
    }
}
