package org.centrala.licensing.internal.web;

import org.centrala.web.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.POST;
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
import io.swagger.v3.oas.annotations.tags.Tag;

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
}
