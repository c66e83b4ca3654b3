package org.centrala.licensing.internal.web;

import org.centrala.web.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.centrala.licensing.BillingService;
import org.centrala.licensing.PriceList;
import org.centrala.web.Bodies;

import org.centrala.web.Allow;
import org.centrala.web.Audience;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** R17: a reseller's unit prices. */
@Path("resellers/{resellerId}/prices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Billing")
@Component(service = RestResource.class, scope = ServiceScope.PROTOTYPE)
public class PriceResource implements RestResource {
    private final BillingService billing;

    @Activate
    public PriceResource(@Reference BillingService billing) {
        this.billing = billing;
    }

    @GET
    @Operation(operationId = "getPrices", summary = "The reseller's unit prices (items: pbx, device-pack, licence:<channel>)")
    @Allow({Audience.RESELLER_ADMIN})
    public PriceList get(@PathParam("resellerId") String resellerId) {
        return billing.prices(resellerId);
    }

    @PUT
    @Operation(operationId = "setPrices", summary = "Replace the reseller's price list")
    @Allow({Audience.RESELLER_ADMIN})
    public PriceList set(@PathParam("resellerId") String resellerId, PriceList prices) {
        return billing.setPrices(resellerId, Bodies.required(prices));
    }
}
