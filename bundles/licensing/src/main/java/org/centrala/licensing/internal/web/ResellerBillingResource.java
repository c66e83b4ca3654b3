package org.centrala.licensing.internal.web;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.centrala.licensing.BillingCorrection;
import org.centrala.licensing.BillingService;
import org.centrala.licensing.BillingStatement;
import org.centrala.licensing.CorrectionDraft;
import org.centrala.web.Allow;
import org.centrala.web.Audience;
import org.centrala.web.Bodies;
import org.centrala.web.CsvExport;
import org.centrala.web.Months;
import org.centrala.web.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

/** R17: what each tenant of a reseller owes for a month. */
@Path("resellers/{resellerId}/billing")
@Tag(name = "Billing")
@Component(service = RestResource.class, scope = ServiceScope.PROTOTYPE)
public class ResellerBillingResource implements RestResource {
    private final BillingService billing;

    @Activate
    public ResellerBillingResource(@Reference BillingService billing) {
        this.billing = billing;
    }

    @GET
    @Path("{month}")
    @Produces({MediaType.APPLICATION_JSON, CsvExport.MEDIA_TYPE})
    @ApiResponse(responseCode = "200", description = "one statement per tenant, or with format=csv all their lines", content = {@Content(mediaType = MediaType.APPLICATION_JSON, array = @ArraySchema(schema = @Schema(implementation = BillingStatement.class))), @Content(mediaType = "text/csv")})
    @Operation(operationId = "listResellerStatements", summary = "One statement per tenant of the reseller for a month (YYYY-MM) (R17)")
    @Allow({Audience.RESELLER_ADMIN})
    public Response statements(@PathParam("resellerId") String resellerId, @PathParam("month") String month,
                               @QueryParam("format") @Parameter(description = "json (default) or csv") String format) {
        List<BillingStatement> statements = billing.statements(resellerId, Months.required("month", month));
        return StatementFormat.answer(format, statements, statements, "billing-" + resellerId + "-" + month + ".csv");
    }

    @POST
    @Path("{month}/closing")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "closeBillingMonth", summary = "Close a month that has ended: every statement of the reseller's tenants for it is kept"
            + " as it is now and never changes again (later price or licence changes leave it as invoiced); audited")
    @Allow({Audience.RESELLER_ADMIN})
    public List<BillingStatement> close(@PathParam("resellerId") String resellerId, @PathParam("month") String month) {
        return billing.closeMonth(resellerId, Months.required("month", month));
    }

    @POST
    @Path("{month}/corrections")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addBillingCorrection", summary = "Add a credit (negative amount) or debit line to a tenant's statement of an open"
            + " month, e.g. to correct a closed month (refersTo); audited",
            responses = @ApiResponse(responseCode = "201", description = "the correction, as its line shows on the statement",
                    content = @Content(schema = @Schema(implementation = BillingCorrection.class))))
    @Allow({Audience.RESELLER_ADMIN})
    public Response addCorrection(@PathParam("resellerId") String resellerId, @PathParam("month") String month, CorrectionDraft correction,
                                  @Context UriInfo uri) {
        BillingCorrection added = billing.addCorrection(resellerId, Months.required("month", month), Bodies.required(correction));
        return Response.created(uri.getAbsolutePathBuilder().path(added.id()).build()).entity(added).build();
    }

    @DELETE
    @Path("{month}/corrections/{id}")
    @Operation(operationId = "deleteBillingCorrection", summary = "Remove a correction while its month is open; audited")
    @Allow({Audience.RESELLER_ADMIN})
    public Response deleteCorrection(@PathParam("resellerId") String resellerId, @PathParam("month") String month, @PathParam("id") String id) {
        billing.deleteCorrection(resellerId, Months.required("month", month), id);
        return Response.noContent().build();
    }
}
